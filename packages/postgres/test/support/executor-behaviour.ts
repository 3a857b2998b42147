import { beforeAll, describe, expect, it } from 'vitest';
import { type NotificationSource, type SqlExecutor, schemaNames } from '../../src/index.js';

/** What the executor tests run against: an executor, its notifications, a migrated schema. */
export interface ExecutorUnderTest {
  readonly executor: SqlExecutor;
  readonly notifications: NotificationSource;
  readonly schema: string;
}

/**
 * The behaviour both `SqlExecutor`s (pg and PGlite) and both notification sources must share,
 * registered as `describe(name, …)`.
 */
export const executorBehaviour = (name: string, under: () => ExecutorUnderTest): void => {
  describe(name, () => {
    let table = '';
    const rowsOf = async (executor: SqlExecutor, batch: string) =>
      (await executor.query(`SELECT note FROM ${table} WHERE batch = $1 ORDER BY id`, [batch])).rows;

    beforeAll(async () => {
      const { executor, schema } = under();
      table = schemaNames(schema).qualified('executor_rows');
      await executor.query(
        `CREATE TABLE IF NOT EXISTS ${table} (id serial PRIMARY KEY, batch text NOT NULL, note text)`,
      );
    });

    it('passes parameters as values, never as SQL', async () => {
      const { executor } = under();
      const note = "it's a '); DROP TABLE executor_rows; --";
      await executor.query(`INSERT INTO ${table} (batch, note) VALUES ($1, $2), ($1, NULL)`, [
        'params',
        note,
      ]);
      expect(await rowsOf(executor, 'params')).toEqual([{ note }, { note: null }]);
    });

    it('commits every statement of a transaction whose work resolves, and resolves with its result', async () => {
      const { executor } = under();
      const result = await executor.transaction(async (tx) => {
        await tx.query(`INSERT INTO ${table} (batch, note) VALUES ($1, 'one')`, ['commit']);
        await tx.query(`INSERT INTO ${table} (batch, note) VALUES ($1, 'two')`, ['commit']);
        return 'done';
      });
      expect(result).toBe('done');
      expect(await rowsOf(executor, 'commit')).toEqual([{ note: 'one' }, { note: 'two' }]);
    });

    it('rolls back every statement of a transaction whose work rejects, and rejects with its error', async () => {
      const { executor } = under();
      const failure = new Error('the work failed');
      const outcome = executor.transaction(async (tx) => {
        await tx.query(`INSERT INTO ${table} (batch, note) VALUES ($1, 'written')`, ['rollback']);
        throw failure;
      });
      await expect(outcome).rejects.toBe(failure);
      expect(await rowsOf(executor, 'rollback')).toEqual([]);
    });

    it('rolls back a statement error with the rest of the transaction', async () => {
      const { executor } = under();
      const outcome = executor.transaction(async (tx) => {
        await tx.query(`INSERT INTO ${table} (batch, note) VALUES ($1, 'written')`, ['statement']);
        await tx.query(`INSERT INTO ${table} (id, batch) VALUES (NULL, $1)`, ['statement']);
      });
      await expect(outcome).rejects.toMatchObject({ code: '23502' });
      expect(await rowsOf(executor, 'statement')).toEqual([]);
      // The executor is still usable afterwards: the failed transaction's connection was cleaned up.
      expect((await executor.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
    });

    it('runs a nested transaction as a savepoint: its failure undoes only its own writes', async () => {
      const { executor } = under();
      await executor.transaction(async (tx) => {
        await tx.query(`INSERT INTO ${table} (batch, note) VALUES ($1, 'outer')`, ['nested']);
        await expect(
          tx.transaction(async (inner) => {
            await inner.query(`INSERT INTO ${table} (batch, note) VALUES ($1, 'inner')`, ['nested']);
            throw new Error('inner failed');
          }),
        ).rejects.toThrow('inner failed');
        await tx.transaction((inner) =>
          inner.query(`INSERT INTO ${table} (batch, note) VALUES ($1, 'kept')`, ['nested']),
        );
      });
      expect(await rowsOf(executor, 'nested')).toEqual([{ note: 'outer' }, { note: 'kept' }]);
    });

    it('delivers a notification to a listener after the notifying transaction commits', async () => {
      const { executor, notifications, schema } = under();
      const channel = `${schema}_test`;
      const payloads: string[] = [];
      let heard: () => void = () => undefined;
      const arrived = new Promise<void>((resolve) => {
        heard = resolve;
      });
      const stop = await notifications.listen(
        channel,
        (payload) => {
          payloads.push(payload);
          heard();
        },
        () => undefined,
      );
      try {
        await executor.transaction(async (tx) => {
          await tx.query('SELECT pg_notify($1, $2)', [channel, 'first']);
          // Nothing arrives before the commit: a listener never hears of uncommitted work.
          expect(payloads).toEqual([]);
        });
        await arrived;
        expect(payloads).toEqual(['first']);
      } finally {
        await stop();
      }
    });

    it('refuses a channel name that is not a plain identifier', async () => {
      const { notifications } = under();
      await expect(
        notifications.listen(
          'events; DROP TABLE x',
          () => undefined,
          () => undefined,
        ),
      ).rejects.toThrow('not a plain lower-case identifier');
    });
  });
};
