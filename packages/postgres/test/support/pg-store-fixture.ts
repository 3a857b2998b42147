import { afterAll, beforeAll } from 'vitest';
import {
  type Migration,
  migrate,
  type NotificationSource,
  type PgExecutor,
  type PostgresEventStore,
  pgExecutor,
  pgNotifications,
  postgresEventStore,
} from '../../src/index.js';
import { pgUrl } from './pg-url.js';
import { dropSchema, testSchema } from './test-schema.js';

/** The store, executor and schema a test file shares, ready once `beforeAll` has run. */
export interface PgStoreFixture {
  readonly store: () => PostgresEventStore;
  readonly executor: () => PgExecutor;
  readonly notifications: () => NotificationSource;
  readonly schema: string;
}

/**
 * Registers hooks that give the test file a migrated schema of its own on the PostgreSQL server,
 * a small pool and a store with LISTEN/NOTIFY, and drop and close all of it afterwards. The
 * schema gets every migration, or only `migrations` when given.
 */
export const pgStoreFixture = (
  label: string,
  poolSize = 3,
  migrations?: readonly Migration[],
): PgStoreFixture => {
  const schema = testSchema(label);
  let executor: PgExecutor | undefined;
  let store: PostgresEventStore | undefined;
  let notifications: NotificationSource | undefined;
  beforeAll(async () => {
    executor = pgExecutor({ connectionString: pgUrl, max: poolSize });
    await migrate(executor, migrations === undefined ? { schema } : { schema, migrations });
    notifications = pgNotifications(executor.pool);
    store = postgresEventStore({ executor, schema, notifications });
  });
  afterAll(async () => {
    await store?.close();
    if (executor !== undefined) {
      await dropSchema(executor, schema);
      await executor.close();
    }
  });
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('The fixture is ready only once beforeAll has run');
    return value;
  };
  return {
    store: () => ready(store),
    executor: () => ready(executor),
    notifications: () => ready(notifications),
    schema,
  };
};
