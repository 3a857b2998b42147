import { openFailure } from './open-failure.js';
import { openPgStore } from './open-pg-store.js';
import { openPgliteStore } from './open-pglite-store.js';
import type { OpenedStore, OpenStoreOptions } from './opened-store.js';

/**
 * Opens a store by URL and migrates its schema: `postgres://user:password@host:5432/db` (or
 * `postgresql://`) on a PostgreSQL server through a pool, `pglite:<dir>` on a PGlite database
 * persisted in a directory, `pglite:memory` (or `pglite:`) in memory. With `readOnly` nothing is
 * created, migrated or written, and a store that is not there rejects with `StoreNotFound`. A
 * failure rejects with `OpenStoreFailed` (or `SslFileUnreadable` for an SSL file named in the
 * URL), whose message never shows the password.
 *
 * @example
 * const { store, close } = await openPostgresStore('pglite:./.parcel-claims');
 * try {
 *   await store.append('parcel-1', [event], { expectedVersion: 'no_stream' });
 * } finally {
 *   await close();
 * }
 */
export const openPostgresStore = async (
  url: string,
  options: OpenStoreOptions = {},
): Promise<OpenedStore> => {
  if (/^postgres(ql)?:\/\//i.test(url)) return openPgStore(url, options);
  if (url.startsWith('pglite:')) return openPgliteStore(url, options);
  throw openFailure(url, new Error('unsupported URL: use postgres://…, pglite:<dir> or pglite:memory'));
};
