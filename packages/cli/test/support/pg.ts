import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The PostgreSQL server the integration tests use; override with PARCEL_CLAIMS_TEST_PG_URL. */
export const pgUrl = process.env.PARCEL_CLAIMS_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** A schema name no other test run uses. */
export const testSchema = (label: string): string => `t_${label}_${randomBytes(5).toString('hex')}`;

/** Runs SQL on the test server with a short-lived connection. */
export const sql = async (text: string, params: readonly unknown[] = []): Promise<pg.QueryResult> => {
  const client = new pg.Client({ connectionString: pgUrl });
  await client.connect();
  try {
    return await client.query(text, [...params]);
  } finally {
    await client.end();
  }
};

export const dropSchema = (schema: string) => sql(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
