import type { PGliteInterface, Transaction } from '@electric-sql/pglite';
import type { SqlExecutor } from '../sql-executor.js';
import { transactionExecutor } from './transaction-executor.js';

/** The part of a PGlite database the executor uses. */
export type PGliteDatabase = Pick<PGliteInterface, 'query' | 'transaction'>;

const runOn =
  (target: PGliteDatabase | Transaction): SqlExecutor['query'] =>
  async (sql, params = []) => {
    const result = await target.query<Record<string, unknown>>(sql, [...params]);
    return { rows: result.rows };
  };

/**
 * A {@link SqlExecutor} over a PGlite database. PGlite has one connection and queues every
 * statement behind an open transaction, so a transaction here is isolated from other callers by
 * construction; nested transactions are savepoints.
 *
 * @example
 * const db = await PGlite.create('./data');
 * const executor = pgliteExecutor(db);
 */
export const pgliteExecutor = (db: PGliteDatabase): SqlExecutor => ({
  query: runOn(db),
  transaction: (work) => db.transaction((tx) => work(transactionExecutor(runOn(tx)))),
  autocommit: true,
});
