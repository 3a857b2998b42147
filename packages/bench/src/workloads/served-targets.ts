import { openEventStoreDbStore } from '@parcel-claims/eventstoredb';
import { startStandIn } from '@parcel-claims/eventstoredb/testing';
import { openOwnSchema } from './own-schema.js';
import type { ServedStore, ServedTarget } from './served-store.js';

// A schema of its own, dropped before and after, so a run neither sees nor leaves other data.
const schema = 'parcel_claims_bench';

/** The PostgreSQL server the suite measures: PARCEL_CLAIMS_BENCH_PG_URL, else the local one. */
export const benchPostgresUrl =
  process.env.PARCEL_CLAIMS_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

const emptyPostgres = async (url: string): Promise<ServedStore> => {
  const own = await openOwnSchema(url, schema);
  return { store: own.opened.store, close: own.close };
};

const standInStore = async (): Promise<ServedStore> => {
  const standIn = await startStandIn();
  const opened = openEventStoreDbStore(standIn.connectionString);
  return {
    store: opened.store,
    close: async () => {
      await opened.close();
      await standIn.stop();
    },
  };
};

/**
 * The stores behind a database or server: the PostgreSQL server every development machine runs
 * (override with PARCEL_CLAIMS_BENCH_PG_URL), PGlite in memory, and EventStoreDB's in-process
 * stand-in (a protocol stand-in, not the real server's storage engine).
 */
export const servedTargets: readonly ServedTarget[] = [
  {
    id: 'postgres',
    label: 'PostgreSQL server',
    open: () => emptyPostgres(benchPostgresUrl),
  },
  { id: 'pglite', label: 'PGlite in memory', open: () => emptyPostgres('pglite:memory') },
  { id: 'eventstoredb', label: 'EventStoreDB stand-in', open: standInStore },
];
