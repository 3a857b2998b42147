import type { NotificationSource } from '../notifications/notification-source.js';
import type { SqlExecutor } from '../sql-executor.js';
import type { PostgresEventStore } from '../store/postgres-event-store.js';

/** A store opened from a URL, the executor under it (for read models), and how to close both. */
export interface OpenedStore {
  readonly store: PostgresEventStore;
  readonly executor: SqlExecutor;
  /** LISTEN/NOTIFY on the same database, which the store's subscriptions use too. */
  readonly notifications: NotificationSource;
  /** Ends the store's subscriptions, then the pool or the PGlite database, then lets go of its directory's lock. */
  readonly close: () => Promise<void>;
}

/** How to open a store by URL. */
export interface OpenStoreOptions {
  /** Default `parcel_claims`. */
  readonly schema?: string;
  /** See `PostgresEventStoreOptions.pollIntervalMs`. */
  readonly pollIntervalMs?: number;
  /** Connections in the pool, for `postgres://` URLs; default 10. */
  readonly poolSize?: number;
  /**
   * Open for reading only (audit, verify, report): never create, migrate or write; a store that
   * is not there rejects with `StoreNotFound`. Default false: create and migrate as needed.
   */
  readonly readOnly?: boolean;
}
