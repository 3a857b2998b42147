import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { pgliteExecutor } from '../executor/pglite-executor.js';
import { pgliteNotifications } from '../notifications/pglite-notifications.js';
import { migrate } from '../schema/migrate.js';
import { postgresEventStore } from '../store/postgres-event-store.js';
import { openFailure } from './open-failure.js';
import type { OpenedStore, OpenStoreOptions } from './opened-store.js';

const scheme = 'pglite:';
const inMemory = new Set(['', 'memory']);

/**
 * Opens a `pglite:` URL: `pglite:<dir>` is a database persisted in that directory (created, with
 * its parents, on first open), `pglite:` or `pglite:memory` one in memory; a directory called
 * `memory` is `pglite:./memory`.
 */
export const openPgliteStore = async (url: string, options: OpenStoreOptions): Promise<OpenedStore> => {
  const location = url.slice(scheme.length);
  let db: PGlite | undefined;
  const schema = options.schema === undefined ? {} : { schema: options.schema };
  try {
    if (inMemory.has(location)) {
      db = await PGlite.create();
    } else {
      // PGlite creates the data directory itself but not its parents.
      await mkdir(location, { recursive: true });
      db = await PGlite.create(location);
    }
    await migrate(pgliteExecutor(db), schema);
  } catch (error) {
    await db?.close().catch(() => undefined);
    throw openFailure(url, error);
  }
  const opened = db;
  const executor = pgliteExecutor(opened);
  const notifications = pgliteNotifications(opened);
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
      if (!opened.closed) await opened.close();
    },
  };
};
