import type pg from 'pg';
import type { SqlExecutor } from '../../src/index.js';

/** A transaction left open on one connection, to commit when the test says so. */
export interface OpenTransaction {
  /** Runs every statement inside the open transaction; nested transactions run inline. */
  readonly executor: SqlExecutor;
  readonly commit: () => Promise<void>;
}

/** BEGINs on a connection of its own and keeps the transaction open until `commit`. */
export const openTransaction = async (pool: pg.Pool): Promise<OpenTransaction> => {
  const client = await pool.connect();
  await client.query('BEGIN');
  const executor: SqlExecutor = {
    query: async (sql, params = []) => ({
      rows: (await client.query<Record<string, unknown>>(sql, [...params])).rows,
    }),
    transaction: (work) => work(executor),
  };
  return {
    executor,
    commit: async () => {
      try {
        await client.query('COMMIT');
      } finally {
        client.release();
      }
    },
  };
};
