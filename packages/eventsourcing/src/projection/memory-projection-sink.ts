import type { RecordedEvent } from '../store/recorded-event.js';
import { type CheckpointStore, memoryCheckpointStore } from './checkpoint-store.js';
import { EventHandlerFailed } from './event-handler-failed.js';
import type { ProjectionDefinition } from './projection-definition.js';
import type { ProjectionSink } from './projection-sink.js';

/** A {@link ProjectionSink} that keeps its read model in memory. */
export interface MemoryProjectionSink<ReadModel> extends ProjectionSink {
  /** The read model as of the checkpoint (or later, after a failed checkpoint write). */
  readonly readModel: () => ReadModel;
}

/** Options of `memoryProjectionSink`. */
export interface MemoryProjectionSinkOptions {
  /** Where the checkpoint is kept; default: in memory. */
  readonly checkpoints?: CheckpointStore;
}

// Definitions are pure, so folding a failed batch again event by event has no side effect: it
// only finds the event to blame.
const blame = <ReadModel>(
  definition: ProjectionDefinition<ReadModel>,
  readModel: ReadModel,
  events: readonly RecordedEvent[],
  error: unknown,
): EventHandlerFailed => {
  let probe = readModel;
  for (const event of events) {
    try {
      probe = definition.apply(probe, event);
    } catch (cause) {
      return new EventHandlerFailed({ event, cause });
    }
  }
  const [first] = events;
  // A batch fold that fails where the event-by-event fold does not is a faulty definition; its
  // first event is where the batch stopped.
  if (first === undefined) throw error;
  return new EventHandlerFailed({ event: first, cause: error });
};

/**
 * A sink for a pure {@link ProjectionDefinition}: the read model lives in memory, the checkpoint
 * in `options.checkpoints`. `apply` folds the whole batch first, so a handler that throws leaves
 * the read model as it was and is reported as `EventHandlerFailed` naming its event; then it
 * stores the read model, then the checkpoint. The two writes are separate (at least once): a
 * failure between them means the batch is applied again after a restart, which handlers that are
 * idempotent absorb.
 *
 * @example
 * const sink = memoryProjectionSink({ initial: 0, apply: (count: number) => count + 1 });
 * await projectionRunner({ store, sink, name: 'event-count' }).catchUp();
 * sink.readModel(); // the number of events in the store
 */
export const memoryProjectionSink = <ReadModel>(
  definition: ProjectionDefinition<ReadModel>,
  options: MemoryProjectionSinkOptions = {},
): MemoryProjectionSink<ReadModel> => {
  const checkpoints = options.checkpoints ?? memoryCheckpointStore();
  let readModel = definition.initial;

  const fold = (events: readonly RecordedEvent[]): ReadModel => {
    try {
      if (definition.applyBatch !== undefined) return definition.applyBatch(readModel, events);
      let next = readModel;
      for (const event of events) next = definition.apply(next, event);
      return next;
    } catch (error) {
      throw blame(definition, readModel, events, error);
    }
  };

  return {
    checkpoint: () => checkpoints.load(),
    apply: async (events, checkpoint) => {
      if (events.length > 0) readModel = fold(events);
      await checkpoints.save(checkpoint);
    },
    reset: async () => {
      readModel = definition.initial;
      await checkpoints.save(0n);
    },
    readModel: () => readModel,
  };
};
