import pg from 'pg';
import type { SqlExecutor } from '../sql-executor.js';
import { transactionExecutor } from './transaction-executor.js';

/** A {@link SqlExecutor} over a `pg` pool, with the pool it uses. */
export interface PgExecutor extends SqlExecutor {
  readonly pool: pg.Pool;
  /** Ends the pool if this executor created it; a pool passed in is left to its owner. */
  readonly close: () => Promise<void>;
}

const runOn =
  (client: pg.Pool | pg.PoolClient): SqlExecutor['query'] =>
  async (sql, params = []) => {
    const result = await client.query<Record<string, unknown>>(sql, [...params]);
    return { rows: result.rows };
  };

// A pool from another copy of `pg` is still a pool: recognised by what it does, not its class.
const isPool = (value: pg.Pool | pg.PoolConfig): value is pg.Pool =>
  value instanceof pg.Pool || ('connect' in value && typeof value.connect === 'function');

/**
 * A {@link SqlExecutor} over a `pg.Pool`, or over a pool it creates from connection options.
 * Each statement runs on any pooled connection; a transaction takes one connection for itself
 * (BEGIN … COMMIT, ROLLBACK when the work rejects), and nested transactions are savepoints.
 *
 * @example
 * const executor = pgExecutor({ connectionString: 'postgres://postgres@127.0.0.1:5432/test', max: 4 });
 * await executor.transaction(async (tx) => tx.query('UPDATE totals SET n = n + $1', [1]));
 * await executor.close();
 */
export const pgExecutor = (poolOrOptions: pg.Pool | pg.PoolConfig): PgExecutor => {
  const owned = !isPool(poolOrOptions);
  const pool = isPool(poolOrOptions) ? poolOrOptions : new pg.Pool(poolOrOptions);
  // An idle pooled connection that the server drops is emitted as an error on the pool; without
  // a listener Node would crash the process. The pool discards that connection by itself.
  if (owned) pool.on('error', () => undefined);

  const transaction: SqlExecutor['transaction'] = async (work) => {
    const client = await pool.connect();
    let failure: Error | undefined;
    // A checked-out connection that breaks emits 'error'; record it so the connection is
    // destroyed on release instead of crashing the process or going back to the pool.
    const onError = (error: Error) => {
      failure = error;
    };
    client.on('error', onError);
    try {
      await client.query('BEGIN');
      try {
        const result = await work(transactionExecutor(runOn(client)));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch((rollbackError: unknown) => {
          failure = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
        });
        throw error;
      }
    } finally {
      client.off('error', onError);
      client.release(failure);
    }
  };

  return {
    pool,
    query: runOn(pool),
    transaction,
    autocommit: true,
    close: async () => {
      if (owned && !pool.ending) await pool.end();
    },
  };
};
