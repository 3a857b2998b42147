import type { SqlExecutor } from '../sql-executor.js';

/**
 * The executor handed to the work of an open transaction. Its queries run on the transaction's
 * connection; its `transaction` is a savepoint, so code written against `SqlExecutor` composes:
 * a nested failure undoes only the nested part. Use it for one thing at a time, as the
 * connection under it runs one statement at a time.
 */
export const transactionExecutor = (run: SqlExecutor['query'], depth = 1): SqlExecutor => ({
  query: run,
  transaction: async (work) => {
    // The name is built from the nesting depth only, never from a value.
    const savepoint = `parcel_claims_nested_${depth}`;
    await run(`SAVEPOINT ${savepoint}`);
    try {
      const result = await work(transactionExecutor(run, depth + 1));
      await run(`RELEASE SAVEPOINT ${savepoint}`);
      return result;
    } catch (error) {
      await run(`ROLLBACK TO SAVEPOINT ${savepoint}`);
      throw error;
    }
  },
});
