import { type OpenedStore, openPostgresStore } from '@parcel-claims/postgres';

/** A PostgreSQL (or PGlite) store in a schema of its own, which nothing else writes to. */
export interface OwnSchemaStore {
  readonly opened: OpenedStore;
  /** Drops the schema and closes the store. */
  readonly close: () => Promise<void>;
}

/**
 * Opens the store at `url` in `schema`, dropped first so a run neither sees what an earlier one
 * left nor leaves anything behind once closed.
 */
export const openOwnSchema = async (url: string, schema: string): Promise<OwnSchemaStore> => {
  const drop = async (opened: OpenedStore): Promise<void> => {
    await opened.executor.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  };
  const stale = await openPostgresStore(url, { schema });
  await drop(stale);
  await stale.close();
  const opened = await openPostgresStore(url, { schema });
  return {
    opened,
    close: async () => {
      await drop(opened);
      await opened.close();
    },
  };
};
