import { randomBytes } from 'node:crypto';
import { migrate, type PgExecutor, pgExecutor, schemaNames } from '@parcel-claims/postgres';
import { afterAll, beforeAll } from 'vitest';

/** The PostgreSQL server the integration tests use; override with PARCEL_CLAIMS_TEST_PG_URL. */
const pgUrl = process.env.PARCEL_CLAIMS_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** An executor and a schema of the test file's own, ready once `beforeAll` has run. */
export interface PgFixture {
  readonly executor: () => PgExecutor;
  readonly schema: string;
}

/**
 * Registers hooks that give the test file a schema no other run uses (checkpoints migrated into
 * it) and a small pool, and drop and close both afterwards.
 */
export const pgFixture = (label: string): PgFixture => {
  const schema = `t_${label}_${randomBytes(5).toString('hex')}`;
  let executor: PgExecutor | undefined;
  beforeAll(async () => {
    executor = pgExecutor({ connectionString: pgUrl, max: 3 });
    await migrate(executor, { schema });
  });
  afterAll(async () => {
    if (executor === undefined) return;
    await executor.query(`DROP SCHEMA IF EXISTS ${schemaNames(schema).quoted} CASCADE`);
    await executor.close();
  });
  return {
    schema,
    executor: () => {
      if (executor === undefined) throw new Error('The fixture is ready only once beforeAll has run');
      return executor;
    },
  };
};
