import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pgliteExecutor } from '../executor/pglite-executor.js';
import type { StoreLock } from '../lock/store-lock.js';
import { pgliteNotifications } from '../notifications/pglite-notifications.js';
import { migrate } from '../schema/migrate.js';
import { schemaNames } from '../schema/schema-names.js';
import { storeSchemaProblem } from '../schema/store-schema-problem.js';
import { postgresEventStore } from '../store/postgres-event-store.js';
import { maskUrl } from './mask-url.js';
import { NotAStoreDirectory } from './not-a-store-directory.js';
import { openFailure } from './open-failure.js';
import { OpenStoreFailed } from './open-store-failed.js';
import type { OpenedStore, OpenStoreOptions } from './opened-store.js';
import { pgliteFileError } from './pglite-file-error.js';
import { prepareToRead, prepareToWrite } from './prepare-store-directory.js';
import { StoreInUse } from './store-in-use.js';
import { StoreNotFound } from './store-not-found.js';

const scheme = 'pglite:';
const inMemory = new Set(['', 'memory']);

const failure = (url: string, directory: string | undefined, error: unknown): Error => {
  // These already say what is wrong with the directory: passed on as they are.
  if (error instanceof StoreInUse || error instanceof StoreNotFound || error instanceof NotAStoreDirectory) {
    return error;
  }
  const fileError = pgliteFileError(error, directory ?? 'memory');
  return fileError === undefined
    ? openFailure(url, error)
    : new OpenStoreFailed({ url: maskUrl(url), ...fileError });
};

/**
 * Opens a `pglite:` URL: `pglite:<dir>` is a database persisted in that directory, `pglite:` or
 * `pglite:memory` one in memory; a directory called `memory` is `pglite:./memory`.
 *
 * A directory is opened by one process at a time: the lock file `parcel-claims.lock` in it is
 * taken before PGlite reads a byte and held until `close` (a lock left by a process that died is
 * taken over); a second opener, in this process or another, rejects with `StoreInUse`.
 *
 * To write (the default), a missing directory is created, parents included, and so is the store
 * in a new or empty directory; a file, or a directory holding other things and no PGlite
 * database, rejects with `NotAStoreDirectory`. With `readOnly`, nothing is created, migrated or
 * written: no database, or no store of the current version in the schema, rejects with
 * `StoreNotFound`.
 */
export const openPgliteStore = async (url: string, options: OpenStoreOptions): Promise<OpenedStore> => {
  const location = url.slice(scheme.length);
  const directory = inMemory.has(location) ? undefined : resolve(location);
  const readOnly = options.readOnly === true;
  let lock: StoreLock | undefined;
  let db: PGlite | undefined;
  const schema = options.schema === undefined ? {} : { schema: options.schema };
  try {
    if (directory === undefined) {
      db = await PGlite.create();
    } else {
      lock = readOnly ? await prepareToRead(url, directory) : await prepareToWrite(directory);
      db = await PGlite.create(directory);
    }
    if (!readOnly) {
      await migrate(pgliteExecutor(db), schema);
    } else {
      const problem = await storeSchemaProblem(pgliteExecutor(db), schemaNames(options.schema));
      if (problem !== undefined) {
        const where = directory === undefined ? 'a new in-memory database' : `the database in ${directory}`;
        throw new StoreNotFound({ url: maskUrl(url), reason: `${where}: ${problem}` });
      }
    }
  } catch (error) {
    await db?.close().catch(() => undefined);
    lock?.release();
    throw failure(url, directory, error);
  }
  const opened = db;
  const held = lock;
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
      try {
        await store.close();
        if (!opened.closed) await opened.close();
      } finally {
        held?.release();
      }
    },
  };
};
