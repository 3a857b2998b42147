import { EventHandlerFailed, type ProjectionSink, type RecordedEvent } from '@parcel-claims/eventsourcing';
import { bigintField } from '../rows/row-fields.js';
import { schemaNames } from '../schema/schema-names.js';
import type { SqlExecutor } from '../sql-executor.js';
import { handlerFailure, isHandlerFault } from './handler-failure.js';

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
   * naming it; any other failure of the handler's own is blamed on an event by applying the
   * events again one at a time, in a transaction that is rolled back.
   */
  readonly applyBatch: (tx: SqlExecutor, events: readonly RecordedEvent[]) => Promise<void>;
  readonly apply?: never;
}

/** A SQL read model: where its checkpoint lives and how to write and empty it. */
export type SqlProjectionSinkOptions = SqlProjectionSinkBase & (EventByEvent | BatchAtATime);

/** A batch whose handler failed without naming an event: carried out of its transaction to be blamed. */
class Unblamed extends Error {
  override readonly name = 'Unblamed';
  readonly events: readonly RecordedEvent[];

  constructor(events: readonly RecordedEvent[], cause: unknown) {
    super('A batch handler failed without naming an event', { cause });
    this.events = events;
  }
}

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
  const { executor, name } = options;
  const table = schemaNames(options.schema).qualified('projection_checkpoints');

  /** The stored checkpoint, the row locked until the transaction ends; created at 0 if missing. */
  const lockCheckpoint = async (tx: SqlExecutor): Promise<bigint> => {
    await tx.query(
      `INSERT INTO ${table} (name, position) VALUES ($1::text, 0) ON CONFLICT (name) DO NOTHING`,
      [name],
    );
    const { rows } = await tx.query(
      `SELECT position::text AS position FROM ${table} WHERE name = $1::text FOR UPDATE`,
      [name],
    );
    const [row] = rows;
    return row === undefined ? 0n : bigintField(row, 'position');
  };

  const store = (tx: SqlExecutor, position: bigint) =>
    tx.query(`UPDATE ${table} SET position = $2::bigint, updated_at = now() WHERE name = $1::text`, [
      name,
      position.toString(),
    ]);

  /** Writes the events, rejecting with what the sink rejects with (or `Unblamed`). */
  const write = async (tx: SqlExecutor, events: readonly RecordedEvent[]): Promise<void> => {
    if (options.applyBatch === undefined) {
      for (const event of events) {
        try {
          await options.apply(tx, event);
        } catch (error) {
          throw await handlerFailure(tx, event, error);
        }
      }
      return;
    }
    try {
      await options.applyBatch(tx, events);
    } catch (error) {
      const named =
        error instanceof EventHandlerFailed
          ? events.find((event) => event.position === error.event.position)
          : undefined;
      if (error instanceof EventHandlerFailed && named !== undefined)
        throw await handlerFailure(tx, named, error.cause);
      throw (await isHandlerFault(tx, error)) ? new Unblamed(events, error) : error;
    }
  };

  // Only the failure is written again, event by event, and never committed: it finds the event
  // to blame, as the batch's writes would have been made one event after the other.
  const blame = (applyBatch: BatchAtATime['applyBatch'], failed: Unblamed): Promise<never> =>
    executor.transaction(async (tx) => {
      const stored = await lockCheckpoint(tx);
      for (const event of failed.events) {
        if (event.position <= stored) continue;
        try {
          await applyBatch(tx, [event]);
        } catch (error) {
          throw await handlerFailure(tx, event, error instanceof EventHandlerFailed ? error.cause : error);
        }
      }
      const [first] = failed.events;
      // A batch that fails where each of its events alone does not: its first event is where it stopped.
      throw first === undefined
        ? failed.cause
        : new EventHandlerFailed({ event: first, cause: failed.cause });
    });

  return {
    checkpoint: async () => {
      const { rows } = await executor.query(
        `SELECT position::text AS position FROM ${table} WHERE name = $1::text`,
        [name],
      );
      const [row] = rows;
      return row === undefined ? 0n : bigintField(row, 'position');
    },
    apply: async (events, checkpoint) => {
      try {
        await executor.transaction(async (tx) => {
          const stored = await lockCheckpoint(tx);
          const pending = events.filter((event) => event.position > stored);
          if (pending.length > 0) await write(tx, pending);
          if (checkpoint > stored) await store(tx, checkpoint);
        });
      } catch (error) {
        if (error instanceof Unblamed && options.applyBatch !== undefined)
          return blame(options.applyBatch, error);
        throw error;
      }
    },
    reset: () =>
      executor.transaction(async (tx) => {
        await lockCheckpoint(tx);
        await options.reset(tx);
        await store(tx, 0n);
      }),
  };
};
