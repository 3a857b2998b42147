import { type EventStore, inMemoryEventStore, instrumentedStore } from '@parcel-claims/eventsourcing';
import { maskUrl, type SqlExecutor } from '@parcel-claims/postgres';
import { isPackageMissing, StoreDriverMissing } from './store-driver-missing.js';
import { UnsupportedStoreUrl } from './unsupported-store-url.js';

/** The optional peer that opens `esdb://` stores. */
const eventStoreDbPackage = '@parcel-claims/eventstoredb';

/** An open store and how to let it go. */
export interface OpenedStore {
  readonly store: EventStore;
  /** `memory`, `pglite`, `postgres` or `esdb`. */
  readonly kind: 'memory' | 'pglite' | 'postgres' | 'esdb';
  /** The URL it was opened with, password masked: safe to print. */
  readonly url: string;
  /** The SQL connection under a `pglite` or `postgres` store, for read models; null for the others. */
  readonly sql: SqlExecutor | null;
  /** Closes the store and what it opened with it. */
  readonly close: () => Promise<void>;
}

/** How to open a store by URL. */
export interface OpenStoreOptions {
  /** The PostgreSQL schema of a `pglite:` or `postgres://` store; default `parcel_claims`. */
  readonly schema?: string;
  /** Open for reading only: never create, migrate or write. Default false. */
  readonly readOnly?: boolean;
  /**
   * Whether the store makes OpenTelemetry client spans and append durations (see
   * `instrumentedStore`; `db.system` is `memory`, `postgresql` or `eventstoredb`); default true,
   * no-ops without an SDK.
   */
  readonly telemetry?: boolean;
}

const instrumented = (store: EventStore, system: string, options: OpenStoreOptions): EventStore =>
  options.telemetry === false ? store : instrumentedStore(store, system);

/**
 * Opens the store a URL names. Drivers load only for the scheme used, so opening `memory:` never
 * loads PostgreSQL or EventStoreDB code.
 * - `memory:`: the in-memory store (gone when the process ends);
 * - `pglite:<dir>`: embedded PostgreSQL kept in a directory (`pglite:memory` for none);
 * - `postgres://…` or `postgresql://…`: a PostgreSQL server;
 * - `esdb://…` or `esdb+discover://…`: an EventStoreDB server or cluster (add `?tls=false` for
 *   an insecure one); a URL with an unknown option or a value its option does not take rejects
 *   with `InvalidStoreUrl`, before the client sees it.
 * `schema` chooses the PostgreSQL schema (default `parcel_claims`). With `readOnly` a `pglite:` or
 * `postgres://` store is opened for reading: nothing is created, migrated or written, and a store
 * that is not there rejects with the postgres package's `StoreNotFound`; `memory:` and `esdb://`
 * write nothing on open anyway. An `esdb://` URL without the optional peer `@parcel-claims/eventstoredb`
 * installed rejects with {@link StoreDriverMissing}, naming it. Anything else rejects with
 * {@link UnsupportedStoreUrl}; failures
 * to open reject with the driver package's own typed error (`StoreNotFound`, `StoreInUse`,
 * `OpenStoreFailed`, `InvalidStoreUrl`, …), never wrapped, passwords masked.
 *
 * @example
 * const { store, close } = await openStore('pglite:./.parcel-claims');
 * const audited = await openStore('postgres://auditor@db/claims', { readOnly: true });
 */
export const openStore = async (url: string, options: OpenStoreOptions = {}): Promise<OpenedStore> => {
  const shown = maskUrl(url);
  if (url === 'memory:') {
    return {
      store: instrumented(inMemoryEventStore(), 'memory', options),
      kind: 'memory',
      url: shown,
      sql: null,
      close: async () => undefined,
    };
  }
  if (url.startsWith('pglite:') || url.startsWith('postgres://') || url.startsWith('postgresql://')) {
    const { openPostgresStore } = await import('@parcel-claims/postgres');
    const opened = await openPostgresStore(url, {
      ...(options.schema === undefined ? {} : { schema: options.schema }),
      ...(options.readOnly === undefined ? {} : { readOnly: options.readOnly }),
    });
    return {
      store: instrumented(opened.store, 'postgresql', options),
      kind: url.startsWith('pglite:') ? 'pglite' : 'postgres',
      url: shown,
      sql: opened.executor,
      close: opened.close,
    };
  }
  if (url.startsWith('esdb://') || url.startsWith('esdb+discover://')) {
    const { openEventStoreDbStore } = await import('@parcel-claims/eventstoredb').catch((error: unknown) => {
      throw isPackageMissing(error, eventStoreDbPackage)
        ? new StoreDriverMissing(shown, eventStoreDbPackage, { cause: error })
        : error;
    });
    const opened = openEventStoreDbStore(url);
    return {
      store: instrumented(opened.store, 'eventstoredb', options),
      kind: 'esdb',
      url: opened.url,
      sql: null,
      close: opened.close,
    };
  }
  throw new UnsupportedStoreUrl(shown);
};
