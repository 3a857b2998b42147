import { pgExecutor } from '../executor/pg-executor.js';
import { pgNotifications } from '../notifications/pg-notifications.js';
import { migrate } from '../schema/migrate.js';
import { postgresEventStore } from '../store/postgres-event-store.js';
import { openFailure } from './open-failure.js';
import type { OpenedStore, OpenStoreOptions } from './opened-store.js';

/** Opens a `postgres://` URL: a pool, the schema migrated, the store with LISTEN/NOTIFY. */
export const openPgStore = async (url: string, options: OpenStoreOptions): Promise<OpenedStore> => {
  const executor = pgExecutor({ connectionString: url, max: options.poolSize ?? 10 });
  const schema = options.schema === undefined ? {} : { schema: options.schema };
  try {
    await migrate(executor, schema);
  } catch (error) {
    await executor.close().catch(() => undefined);
    throw openFailure(url, error);
  }
  const notifications = pgNotifications(executor.pool);
  const store = postgresEventStore({
    executor,
    ...schema,
    ...(options.pollIntervalMs === undefined ? {} : { pollIntervalMs: options.pollIntervalMs }),
    notifications,
  });
  return {
    store,
    executor,
    notifications,
    close: async () => {
      await store.close();
      await executor.close();
    },
  };
};
