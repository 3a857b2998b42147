import * as E from 'fp-ts/lib/Either.js';
import { EventDecodeFailed } from '../handler/event-decode-failed.js';
import type { RecordedEvent } from '../store/recorded-event.js';
import type { DecodeFailure } from '../upcasting/decode-failure.js';
import { describeCause, EventHandlerFailed } from './event-handler-failed.js';
import type { PoisonHandling, PoisonReason } from './poison.js';
import { ProjectionFailed } from './projection-failed.js';
import type { ProjectionSink } from './projection-sink.js';

/** What a batch applier writes to and how it treats events it cannot apply. */
export interface BatchApplierOptions {
  readonly name: string;
  readonly sink: ProjectionSink;
  readonly matches: (event: RecordedEvent) => boolean;
  readonly decode: ((recorded: RecordedEvent) => E.Either<DecodeFailure, unknown>) | undefined;
  readonly poison: PoisonHandling;
}

/**
 * Applies events in order and moves the checkpoint to `through` (the last position read, at or
 * after the last event); returns how many events it handled (applied or parked).
 */
export type BatchApplier = (events: readonly RecordedEvent[], through: bigint) => Promise<number>;

interface Undecodable {
  readonly index: number;
  readonly failure: DecodeFailure;
}

/**
 * Applies batches to a sink starting from `checkpoint`. A batch is cut at each poison event:
 * the events before it are applied with their own last position as the checkpoint, then the
 * poison event stops the projection or is parked and passed, then the rest follows. Only an
 * event that cannot be decoded, or that the sink names in `EventHandlerFailed`, is ever parked;
 * any other sink failure stops the projection at the first event of its batch.
 */
export const batchApplier = (options: BatchApplierOptions, checkpoint: bigint): BatchApplier => {
  const { name, sink, decode, poison } = options;
  let recorded = checkpoint;

  const firstUndecodable = (events: readonly RecordedEvent[], from: number): Undecodable | undefined => {
    if (decode === undefined) return undefined;
    for (let index = from; index < events.length; index += 1) {
      const event = events[index];
      const decoded = event === undefined ? undefined : decode(event);
      if (decoded !== undefined && E.isLeft(decoded)) return { index, failure: decoded.left };
    }
    return undefined;
  };

  const handlePoison = async (event: RecordedEvent, reason: PoisonReason): Promise<void> => {
    const cause =
      reason.kind === 'handler-failed'
        ? reason.cause
        : new EventDecodeFailed({
            streamId: event.streamId,
            revision: event.revision,
            eventId: event.eventId,
            type: event.type,
            reason: reason.message,
            paths: reason.paths,
          });
    if (poison.onPoison !== 'park') {
      throw new ProjectionFailed({
        projection: name,
        kind: reason.kind,
        event,
        message: reason.message,
        cause,
      });
    }
    try {
      await poison.park(event, reason);
    } catch (error) {
      throw new ProjectionFailed({
        projection: name,
        kind: 'park-failed',
        event,
        message: describeCause(error),
        cause: error,
      });
    }
    await write([], event.position);
  };

  const write = async (events: readonly RecordedEvent[], through: bigint): Promise<void> => {
    if (events.length === 0 && through <= recorded) return;
    try {
      await sink.apply(events, through);
      recorded = through;
    } catch (error) {
      const culprit =
        error instanceof EventHandlerFailed
          ? events.findIndex((event) => event.position === error.event.position)
          : -1;
      const poisoned = events[culprit];
      if (error instanceof EventHandlerFailed && poisoned !== undefined) {
        const before = events.slice(0, culprit);
        const last = before[before.length - 1];
        if (last !== undefined) await write(before, last.position);
        await handlePoison(poisoned, {
          kind: 'handler-failed',
          message: describeCause(error.cause),
          cause: error.cause,
        });
        await write(events.slice(culprit + 1), through);
        return;
      }
      const [first] = events;
      // Moving a checkpoint past nothing concerns no event: the sink's own error says what broke.
      if (first === undefined) throw error;
      throw new ProjectionFailed({
        projection: name,
        kind: 'sink-failed',
        event: first,
        message: describeCause(error),
        cause: error,
      });
    }
  };

  return async (events, through) => {
    const pending = events.filter(options.matches);
    let start = 0;
    for (;;) {
      const undecodable = firstUndecodable(pending, start);
      const segment = pending.slice(start, undecodable?.index ?? pending.length);
      const poisoned = undecodable === undefined ? undefined : pending[undecodable.index];
      if (undecodable === undefined || poisoned === undefined) {
        await write(segment, through);
        return pending.length;
      }
      const last = segment[segment.length - 1];
      if (last !== undefined) await write(segment, last.position);
      await handlePoison(poisoned, {
        kind: 'undecodable',
        message: undecodable.failure.message,
        paths: undecodable.failure.paths ?? [],
      });
      start = undecodable.index + 1;
    }
  };
};
