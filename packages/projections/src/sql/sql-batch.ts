import type { SqlExecutor } from '@parcel-claims/postgres';
import type { ClaimEventRecord } from '../record/claim-event-record.js';
import { UnexpectedReadModelRow } from './unexpected-read-model-row.js';

/** A data-modifying statement (INSERT, DELETE) taking its rows from `rows`, an SQL expression of a JSON array. */
export type BatchWrite = (rows: string) => string;

/** Rows a batch writes to one table, with the statement that writes them. */
export interface TableWrite {
  readonly statement: BatchWrite;
  /** Objects keyed by column, as JSON values. */
  readonly rows: readonly Readonly<Record<string, unknown>>[];
}

/**
 * How a read model takes in a batch: the rows it reads (SQL expressions, each the JSON text of
 * one table's rows of the parcels in `$1`), and how it folds the batch's records over them into
 * the rows to write back. Folding is pure; reading and writing are left to `readTables` and
 * `writeTables`, so that several read models read in one statement and write in another.
 */
export interface SqlBatch {
  readonly reads: readonly string[];
  /** `read`: the texts of `reads`, in order. Throws `UnexpectedClaimEvent` for a record it cannot place. */
  readonly fold: (read: readonly string[], records: readonly ClaimEventRecord[]) => readonly TableWrite[];
}

/** Runs the `reads` for the parcels `streamIds` in one statement; their texts, in order. */
export const readTables = async (
  tx: SqlExecutor,
  reads: readonly string[],
  streamIds: readonly string[],
): Promise<readonly string[]> => {
  if (reads.length === 0) return [];
  // An array, not JSON: the planner then knows how many parcels there are and reads them by key.
  const { rows } = await tx.query(`SELECT ${reads.map((read, index) => `${read} AS r${index}`).join(', ')}`, [
    streamIds,
  ]);
  const [row] = rows;
  return reads.map((_, index) => {
    const text = row?.[`r${index}`];
    if (typeof text !== 'string')
      throw new UnexpectedReadModelRow({ table: `read ${index}`, reason: 'no JSON text' });
    return text;
  });
};

/**
 * Runs the writes that have rows in one statement (each a data-modifying WITH query); they touch
 * different rows, so their order does not matter.
 */
export const writeTables = async (tx: SqlExecutor, writes: readonly TableWrite[]): Promise<void> => {
  const due = writes.filter((write) => write.rows.length > 0);
  if (due.length === 0) return;
  await tx.query(
    `WITH ${due.map((write, index) => `w${index} AS (${write.statement(`$${index + 1}::json`)})`).join(',\n')} SELECT 1`,
    due.map((write) => JSON.stringify(write.rows)),
  );
};
