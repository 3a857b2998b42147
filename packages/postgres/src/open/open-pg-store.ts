import { pgExecutor } from '../executor/pg-executor.js';
import { pgNotifications } from '../notifications/pg-notifications.js';
import { migrate } from '../schema/migrate.js';
import { schemaNames } from '../schema/schema-names.js';
import { storeSchemaProblem } from '../schema/store-schema-problem.js';
import { postgresEventStore } from '../store/postgres-event-store.js';
import { checkSslFiles } from './check-ssl-files.js';
import { maskUrl } from './mask-url.js';
import { openFailure } from './open-failure.js';
import type { OpenedStore, OpenStoreOptions } from './opened-store.js';
import { StoreNotFound } from './store-not-found.js';

// Every session of a read-only store refuses writes on the server too, so a reader cannot write
// even through a path that forgot it was one. A URL's own `options` parameter takes precedence.
const readOnlySession = '-c default_transaction_read_only=on';

/**
 * Opens a `postgres://` URL: a pool, the store with LISTEN/NOTIFY. For writing, the schema is
 * migrated first; for reading (`readOnly`) nothing is created or migrated: the schema must hold a
 * store of the current version, or the open rejects with `StoreNotFound`.
 */
export const openPgStore = async (url: string, options: OpenStoreOptions): Promise<OpenedStore> => {
  await checkSslFiles(url);
  const readOnly = options.readOnly === true;
  const executor = pgExecutor({
    connectionString: url,
    max: options.poolSize ?? 10,
    ...(readOnly ? { options: readOnlySession } : {}),
  });
  const schema = options.schema === undefined ? {} : { schema: options.schema };
  let missing: string | undefined;
  try {
    if (readOnly) missing = await storeSchemaProblem(executor, schemaNames(options.schema));
    else await migrate(executor, schema);
  } catch (error) {
    await executor.close().catch(() => undefined);
    throw openFailure(url, error);
  }
  if (missing !== undefined) {
    await executor.close().catch(() => undefined);
    throw new StoreNotFound({ url: maskUrl(url), reason: missing });
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
