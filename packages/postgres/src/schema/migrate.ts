import { integerField } from '../rows/row-fields.js';
import type { SqlExecutor } from '../sql-executor.js';
import { migrationLockClass } from './lock-classes.js';
import type { Migration } from './migration.js';
import { migrations as allMigrations } from './migrations.js';
import { schemaNames } from './schema-names.js';

/** Which schema to migrate, and with which steps. */
export interface MigrateOptions {
  /** Default `parcel_claims`. */
  readonly schema?: string;
  /** The steps to apply; default every migration of this version of the library. */
  readonly migrations?: readonly Migration[];
}

/**
 * Brings a schema up to date: creates it if needed, then applies, in version order, each
 * migration not yet recorded in its `schema_migrations` table. Everything happens in one
 * transaction under an advisory lock on the schema, so two processes starting at once apply each
 * step exactly once (the second waits, then finds nothing to do) and a failing step leaves the
 * schema as it was. Resolves with the versions applied by this call.
 *
 * @example
 * await migrate(pgExecutor(pool)); // [1, 2] the first time, [] after
 */
export const migrate = async (
  executor: SqlExecutor,
  options: MigrateOptions = {},
): Promise<readonly number[]> => {
  const names = schemaNames(options.schema);
  const steps = [...(options.migrations ?? allMigrations)].sort((a, b) => a.version - b.version);
  const table = names.qualified('schema_migrations');
  return executor.transaction(async (tx) => {
    await tx.query('SELECT 1 FROM pg_advisory_xact_lock($1::integer, hashtext($2::text))', [
      migrationLockClass,
      names.schema,
    ]);
    await tx.query(`CREATE SCHEMA IF NOT EXISTS ${names.quoted}`);
    await tx.query(
      `CREATE TABLE IF NOT EXISTS ${table} (
        version integer PRIMARY KEY,
        name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`,
    );
    const { rows } = await tx.query(`SELECT version FROM ${table}`);
    const applied = new Set(rows.map((row) => integerField(row, 'version')));
    const pending = steps.filter((step) => !applied.has(step.version));
    for (const step of pending) {
      for (const statement of step.statements(names)) await tx.query(statement);
      await tx.query(`INSERT INTO ${table} (version, name) VALUES ($1::integer, $2::text)`, [
        step.version,
        step.name,
      ]);
    }
    return pending.map((step) => step.version);
  });
};
