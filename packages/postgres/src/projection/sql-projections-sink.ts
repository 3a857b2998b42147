import { EventHandlerFailed, type ProjectionSink, type RecordedEvent } from '@parcel-claims/eventsourcing';
import { bigintField, textField } from '../rows/row-fields.js';
import { schemaNames } from '../schema/schema-names.js';
import type { SqlExecutor } from '../sql-executor.js';
import { handlerFailure, isHandlerFault } from './handler-failure.js';

/** The events of a batch one read model has yet to apply: those after its checkpoint, in order. */
export interface PendingEvents {
  readonly name: string;
  readonly events: readonly RecordedEvent[];
}

/** What `sqlProjectionsSink` needs. */
export interface SqlProjectionsSinkOptions {
  readonly executor: SqlExecutor;
  /** The schema `migrate` prepared (it holds `projection_checkpoints`); default `parcel_claims`. */
  readonly schema?: string;
  /** The read models' names, each the key of its checkpoint; they differ. */
  readonly names: readonly string[];
  /**
   * Writes each read model's pending events (only read models with some are listed), with `tx`,
   * inside the batch's transaction. To blame one event it rejects with `EventHandlerFailed`
   * naming it; any other failure of the handler's own is blamed on an event by writing the
   * events again one at a time, in a transaction that is rolled back.
   */
  readonly applyBatch: (tx: SqlExecutor, pending: readonly PendingEvents[]) => Promise<void>;
  /** Empties every read model, with `tx`, inside the reset's transaction. */
  readonly reset: (tx: SqlExecutor) => Promise<void>;
}

/** A batch whose handler failed without naming an event: carried out of its transaction to be blamed. */
class Unblamed extends Error {
  override readonly name = 'Unblamed';
  readonly pending: readonly PendingEvents[];

  constructor(pending: readonly PendingEvents[], cause: unknown) {
    super('A batch failed without naming an event', { cause });
    this.pending = pending;
  }
}

/**
 * A {@link ProjectionSink} for read models in SQL that one runner keeps together: each batch is
 * written to every read model and their checkpoints in one transaction, or to none, so every
 * event takes effect exactly once in each. Each read model keeps its own checkpoint (the row a
 * `sqlProjectionSink` of the same name keeps), locked for the batch, and is handed only the
 * events after it, so read models at different checkpoints are brought along together and a
 * batch delivered twice does not apply twice. The sink's checkpoint is the lowest of theirs.
 *
 * A handler that fails rolls the whole batch back, for every read model, and rejects with
 * `EventHandlerFailed` naming its event; an infrastructure failure rejects with the driver's
 * error. An event the runner parks is passed by every read model.
 *
 * @example
 * const sink = sqlProjectionsSink({
 *   executor,
 *   names: ['claims-by-status', 'claims-by-seller'],
 *   applyBatch: (tx, pending) => writeClaimViews(tx, pending),
 *   reset: (tx) => tx.query('TRUNCATE claims_by_status, claims_by_seller').then(() => undefined),
 * });
 */
export const sqlProjectionsSink = (options: SqlProjectionsSinkOptions): ProjectionSink => {
  const { executor, applyBatch } = options;
  const table = schemaNames(options.schema).qualified('projection_checkpoints');
  const names = JSON.stringify(options.names);
  const named = 'name = ANY (ARRAY(SELECT json_array_elements_text($1::json)))';

  const positions = async (tx: SqlExecutor, lock: boolean): Promise<ReadonlyMap<string, bigint>> => {
    const { rows } = await tx.query(
      `SELECT name, position::text AS position FROM ${table} WHERE ${named} ORDER BY name${lock ? ' FOR UPDATE' : ''}`,
      [names],
    );
    return new Map(rows.map((row) => [textField(row, 'name'), bigintField(row, 'position')]));
  };

  /** The stored checkpoints, their rows locked until the transaction ends; created at 0 if missing. */
  const lockCheckpoints = async (tx: SqlExecutor): Promise<ReadonlyMap<string, bigint>> => {
    const stored = await positions(tx, true);
    if (stored.size === options.names.length) return stored;
    await tx.query(
      `INSERT INTO ${table} (name, position) SELECT json_array_elements_text($1::json), 0 ON CONFLICT (name) DO NOTHING`,
      [names],
    );
    return positions(tx, true);
  };

  const pendingAfter = (
    stored: ReadonlyMap<string, bigint>,
    events: readonly RecordedEvent[],
  ): readonly PendingEvents[] =>
    options.names.flatMap((name) => {
      const after = stored.get(name) ?? 0n;
      const pending = events.filter((event) => event.position > after);
      return pending.length === 0 ? [] : [{ name, events: pending }];
    });

  /** Writes the pending events, rejecting with what the sink rejects with (or `Unblamed`). */
  const write = async (tx: SqlExecutor, pending: readonly PendingEvents[]): Promise<void> => {
    try {
      await applyBatch(tx, pending);
    } catch (error) {
      const blamed =
        error instanceof EventHandlerFailed
          ? pending.flatMap(({ events }) => events).find((event) => event.position === error.event.position)
          : undefined;
      if (error instanceof EventHandlerFailed && blamed !== undefined)
        throw await handlerFailure(tx, blamed, error.cause);
      throw (await isHandlerFault(tx, error)) ? new Unblamed(pending, error) : error;
    }
  };

  // Only the failure is written again, event by event, and never committed: it finds the event
  // to blame, as if the batch's writes had been made one event after the other.
  const blame = (failed: Unblamed): Promise<never> =>
    executor.transaction(async (tx) => {
      const batch = [...new Set(failed.pending.flatMap(({ events }) => events))].sort((a, b) =>
        a.position < b.position ? -1 : a.position > b.position ? 1 : 0,
      );
      const stored = await lockCheckpoints(tx);
      for (const event of batch) {
        for (const { name } of pendingAfter(stored, [event])) {
          try {
            await write(tx, [{ name, events: [event] }]);
          } catch (error) {
            throw error instanceof Unblamed ? await handlerFailure(tx, event, error.cause) : error;
          }
        }
      }
      const [first] = batch;
      // A batch that fails where each of its events alone does not: its first event is where it stopped.
      throw first === undefined
        ? failed.cause
        : new EventHandlerFailed({ event: first, cause: failed.cause });
    });

  return {
    checkpoint: async () => {
      const stored = await positions(executor, false);
      return (
        options.names.reduce<bigint | undefined>((lowest, name) => {
          const position = stored.get(name) ?? 0n;
          return lowest === undefined || position < lowest ? position : lowest;
        }, undefined) ?? 0n
      );
    },
    apply: async (events, checkpoint) => {
      try {
        await executor.transaction(async (tx) => {
          const stored = await lockCheckpoints(tx);
          const pending = pendingAfter(stored, events);
          if (pending.length > 0) await write(tx, pending);
          if (options.names.some((name) => checkpoint > (stored.get(name) ?? 0n))) {
            await tx.query(
              `UPDATE ${table} SET position = $2::bigint, updated_at = now() WHERE ${named} AND position < $2::bigint`,
              [names, checkpoint.toString()],
            );
          }
        });
      } catch (error) {
        if (error instanceof Unblamed) return blame(error);
        throw error;
      }
    },
    reset: () =>
      executor.transaction(async (tx) => {
        await lockCheckpoints(tx);
        await options.reset(tx);
        await tx.query(`UPDATE ${table} SET position = 0, updated_at = now() WHERE ${named}`, [names]);
      }),
  };
};
