import { EventHandlerFailed, type ProjectionSink, type RecordedEvent } from '@parcel-claims/eventsourcing';
import type { SqlExecutor } from '../sql-executor.js';
import { sqlProjectionsSink } from './sql-projections-sink.js';

interface SqlProjectionSinkBase {
  readonly executor: SqlExecutor;
  /** The schema `migrate` prepared (it holds `projection_checkpoints`); default `parcel_claims`. */
  readonly schema?: string;
  /** The projection's name: its checkpoint's key. */
  readonly name: string;
  /** Empties the read model, with `tx`, inside the reset's transaction. */
  readonly reset: (tx: SqlExecutor) => Promise<void>;
}

/** Writes a read model event by event. */
interface EventByEvent {
  /** Writes one event's effect on the read model, with `tx`, inside the batch's transaction. */
  readonly apply: (tx: SqlExecutor, event: RecordedEvent) => Promise<void>;
  readonly applyBatch?: never;
}

/** Writes a read model a batch at a time. */
interface BatchAtATime {
  /**
   * Writes the effect of `events` (those after the stored checkpoint, in order), with `tx`,
   * inside the batch's transaction. To blame one event it rejects with `EventHandlerFailed`
   * naming it; any other failure of the handler's own is blamed on an event by writing the
   * events again one at a time, in a transaction that is rolled back.
   */
  readonly applyBatch: (tx: SqlExecutor, events: readonly RecordedEvent[]) => Promise<void>;
  readonly apply?: never;
}

/** A SQL read model: where its checkpoint lives and how to write and empty it. */
export type SqlProjectionSinkOptions = SqlProjectionSinkBase & (EventByEvent | BatchAtATime);

/**
 * A {@link ProjectionSink} for a read model in SQL: each batch's writes and the new checkpoint
 * commit in one transaction, or neither does, so every event takes effect exactly once. A
 * handler that fails rolls the whole batch back and rejects with `EventHandlerFailed` naming its
 * event; an infrastructure failure rejects with the driver's error. The
 * checkpoint row is locked for the batch, and events at or below the stored checkpoint are
 * skipped, so a batch delivered twice (a retry, a second runner) does not apply twice.
 *
 * The read model is written either event by event (`apply`) or a batch at a time (`applyBatch`,
 * for read models that read the rows a batch touches once and write them back once).
 *
 * @example
 * const sink = sqlProjectionSink({
 *   executor,
 *   name: 'claims-by-status',
 *   apply: (tx, event) => tx.query('INSERT INTO claim_events (event_id) VALUES ($1)', [event.eventId]).then(() => undefined),
 *   reset: (tx) => tx.query('DELETE FROM claim_events').then(() => undefined),
 * });
 */
export const sqlProjectionSink = (options: SqlProjectionSinkOptions): ProjectionSink => {
  const applyEvents = async (tx: SqlExecutor, events: readonly RecordedEvent[]): Promise<void> => {
    if (options.applyBatch !== undefined) return options.applyBatch(tx, events);
    for (const event of events) {
      try {
        await options.apply(tx, event);
      } catch (cause) {
        throw new EventHandlerFailed({ event, cause });
      }
    }
  };
  return sqlProjectionsSink({
    executor: options.executor,
    ...(options.schema === undefined ? {} : { schema: options.schema }),
    names: [options.name],
    applyBatch: async (tx, pending) => {
      for (const { events } of pending) await applyEvents(tx, events);
    },
    reset: options.reset,
  });
};
