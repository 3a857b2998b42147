import type { SqlExecutor } from '../../src/index.js';

/** An executor that counts what goes through it, and can run something before each append call. */
export interface CountingExecutor {
  readonly executor: SqlExecutor;
  /** Statements run outside transactions, and calls of `append_batches` among them. */
  readonly counts: () => {
    readonly statements: number;
    readonly appendCalls: number;
    readonly transactions: number;
  };
  readonly reset: () => void;
}

export const countingExecutor = (
  base: SqlExecutor,
  beforeAppendCall: () => Promise<void> = async () => undefined,
): CountingExecutor => {
  let statements = 0;
  let appendCalls = 0;
  let transactions = 0;
  return {
    executor: {
      query: async (sql, params) => {
        statements += 1;
        if (sql.includes('append_batches')) {
          appendCalls += 1;
          await beforeAppendCall();
        }
        return base.query(sql, params);
      },
      transaction: (work) => {
        transactions += 1;
        return base.transaction(work);
      },
      ...(base.autocommit === undefined ? {} : { autocommit: base.autocommit }),
    },
    counts: () => ({ statements, appendCalls, transactions }),
    reset: () => {
      statements = 0;
      appendCalls = 0;
      transactions = 0;
    },
  };
};
