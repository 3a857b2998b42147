import { describe, expect, it } from 'vitest';
import {
  EventHandlerFailed,
  inMemoryEventStore,
  memoryCheckpointStore,
  memoryProjectionSink,
  type ProjectionDefinition,
  type RecordedEvent,
} from '../../src/index.js';
import { appendEach, visits } from './projection-fixtures.js';

const eventsOf = async (streams: readonly string[]): Promise<readonly RecordedEvent[]> => {
  const store = inMemoryEventStore();
  await appendEach(store, streams);
  const events: RecordedEvent[] = [];
  for await (const batch of store.readAll()) events.push(...batch);
  return events;
};

describe('memoryProjectionSink', () => {
  it('folds a batch into the read model and stores the checkpoint', async () => {
    const events = await eventsOf(['a-1', 'a-2']);
    const sink = memoryProjectionSink(visits);
    expect(await sink.checkpoint()).toBe(0n);
    await sink.apply(events, 2n);
    expect(sink.readModel()).toEqual(['a-1@1', 'a-2@2']);
    expect(await sink.checkpoint()).toBe(2n);
    await sink.apply([], 7n);
    expect(sink.readModel()).toEqual(['a-1@1', 'a-2@2']);
    expect(await sink.checkpoint()).toBe(7n);
  });

  it('reset empties the read model and sets the checkpoint to 0', async () => {
    const events = await eventsOf(['a-1']);
    const checkpoints = memoryCheckpointStore(9n);
    const sink = memoryProjectionSink(visits, { checkpoints });
    expect(await sink.checkpoint()).toBe(9n);
    await sink.apply(events, 10n);
    await sink.reset();
    expect(sink.readModel()).toEqual([]);
    expect(await checkpoints.load()).toBe(0n);
  });

  it('a handler that throws leaves the read model as it was and names its event', async () => {
    const events = await eventsOf(['a-1', 'a-2', 'a-3']);
    const failure = new Error('no a-2 here');
    const definition: ProjectionDefinition<readonly string[]> = {
      initial: [],
      apply: (seen, event) => {
        if (event.streamId === 'a-2') throw failure;
        return [...seen, event.streamId];
      },
    };
    const sink = memoryProjectionSink(definition);
    const error = await sink.apply(events, 3n).then(
      () => undefined,
      (rejection: unknown) => rejection,
    );
    expect(error).toBeInstanceOf(EventHandlerFailed);
    expect(error instanceof EventHandlerFailed ? [error.event, error.cause, error.message] : []).toEqual([
      events[1],
      failure,
      'Handler failed on event Noted at position 2: no a-2 here',
    ]);
    expect(sink.readModel()).toEqual([]);
    expect(await sink.checkpoint()).toBe(0n);
  });

  it('uses applyBatch when given, and still names the event a failing batch stumbles on', async () => {
    const events = await eventsOf(['a-1', 'a-2', 'a-3']);
    const batches: number[] = [];
    const apply = (count: number, event: RecordedEvent): number => {
      if (event.streamId === 'a-3') throw new Error('no a-3 here');
      return count + 1;
    };
    const definition: ProjectionDefinition<number> = {
      initial: 0,
      apply,
      applyBatch: (count, batch) => {
        batches.push(batch.length);
        return batch.reduce(apply, count);
      },
    };
    const sink = memoryProjectionSink(definition);
    await sink.apply(events.slice(0, 2), 2n);
    expect(sink.readModel()).toBe(2);
    expect(batches).toEqual([2]);
    const error = await sink.apply(events.slice(2), 3n).then(
      () => undefined,
      (rejection: unknown) => rejection,
    );
    expect(error instanceof EventHandlerFailed ? error.event : undefined).toBe(events[2]);
    expect(sink.readModel()).toBe(2);
  });
});
