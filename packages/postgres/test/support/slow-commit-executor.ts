import type pg from 'pg';
import type { SqlExecutor } from '../../src/index.js';

/**
 * An executor whose every statement runs in a transaction that sleeps `seconds` (on the server,
 * holding whatever the statement took, the append lock included) before it commits: a writer
 * whose commits come late.
 */
export const slowCommitExecutor = (pool: pg.Pool, seconds: () => number): SqlExecutor => {
  const run = async <T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    const tx: SqlExecutor = {
      query: async (sql, params = []) => ({
        rows: (await client.query<Record<string, unknown>>(sql, [...params])).rows,
      }),
      transaction: (nested) => nested(tx),
    };
    try {
      await client.query('BEGIN');
      const result = await work(tx);
      await client.query('SELECT pg_sleep($1)', [seconds()]);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
  };
  return { query: (sql, params) => run((tx) => tx.query(sql, params)), transaction: run };
};
