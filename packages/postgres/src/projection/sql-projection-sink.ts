import type { ProjectionSink, RecordedEvent } from '@parcel-claims/eventsourcing';
import { bigintField } from '../rows/row-fields.js';
import { schemaNames } from '../schema/schema-names.js';
import type { SqlExecutor } from '../sql-executor.js';
import { handlerFailure } from './handler-failure.js';

/** A SQL read model: where its checkpoint lives and how to write and empty it. */
export interface SqlProjectionSinkOptions {
  readonly executor: SqlExecutor;
  /** The schema `migrate` prepared (it holds `projection_checkpoints`); default `parcel_claims`. */
  readonly schema?: string;
  /** The projection's name: its checkpoint's key. */
  readonly name: string;
  /** Writes one event's effect on the read model, with `tx`, inside the batch's transaction. */
  readonly apply: (tx: SqlExecutor, event: RecordedEvent) => Promise<void>;
  /** Empties the read model, with `tx`, inside the reset's transaction. */
  readonly reset: (tx: SqlExecutor) => Promise<void>;
}

/**
 * A {@link ProjectionSink} for a read model in SQL: each batch's writes and the new checkpoint
 * commit in one transaction, or neither does, so every event takes effect exactly once. A
 * handler that fails rolls the whole batch back and rejects with `EventHandlerFailed` naming its
 * event; an infrastructure failure rejects with the driver's error. The
 * checkpoint row is locked for the batch, and events at or below the stored checkpoint are
 * skipped, so a batch delivered twice (a retry, a second runner) does not apply twice.
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

  return {
    checkpoint: async () => {
      const { rows } = await executor.query(
        `SELECT position::text AS position FROM ${table} WHERE name = $1::text`,
        [name],
      );
      const [row] = rows;
      return row === undefined ? 0n : bigintField(row, 'position');
    },
    apply: (events, checkpoint) =>
      executor.transaction(async (tx) => {
        const stored = await lockCheckpoint(tx);
        for (const event of events) {
          if (event.position <= stored) continue;
          try {
            await options.apply(tx, event);
          } catch (error) {
            throw await handlerFailure(tx, event, error);
          }
        }
        if (checkpoint > stored) await store(tx, checkpoint);
      }),
    reset: () =>
      executor.transaction(async (tx) => {
        await lockCheckpoint(tx);
        await options.reset(tx);
        await store(tx, 0n);
      }),
  };
};
