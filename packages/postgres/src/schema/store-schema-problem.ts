import { integerField } from '../rows/row-fields.js';
import type { SqlExecutor } from '../sql-executor.js';
import type { Migration } from './migration.js';
import { migrations as allMigrations } from './migrations.js';
import type { SchemaNames } from './schema-names.js';

/** The tables a store cannot be read without. */
const storeTables = ['events', 'schema_migrations'];

/** The highest version `applied` reaches without a gap in `steps`, 0 if it lacks the first. */
const versionReached = (steps: readonly Migration[], applied: ReadonlySet<number>): number => {
  let reached = 0;
  for (const step of [...steps].sort((a, b) => a.version - b.version)) {
    if (!applied.has(step.version)) break;
    reached = step.version;
  }
  return reached;
};

/**
 * Why the schema holds no store this library can read, or `undefined` when it does. Only reads:
 * the catalogue (readable by every role) for the schema and its tables, then `schema_migrations`,
 * so a role with SELECT alone can open a store for reading and nothing is ever created.
 */
export const storeSchemaProblem = async (
  executor: SqlExecutor,
  names: SchemaNames,
  steps: readonly Migration[] = allMigrations,
): Promise<string | undefined> => {
  const { rows } = await executor.query(
    `SELECT c.relname FROM pg_catalog.pg_namespace n
      LEFT JOIN pg_catalog.pg_class c ON c.relnamespace = n.oid AND c.relname = ANY($2::text[])
      WHERE n.nspname = $1::text`,
    [names.schema, storeTables],
  );
  if (rows.length === 0) return `schema "${names.schema}" does not exist`;
  const found = new Set(rows.map((row) => row.relname));
  const missing = storeTables.filter((table) => !found.has(table));
  if (missing.length > 0) {
    return `schema "${names.schema}" holds no store (tables missing: ${missing.join(', ')})`;
  }
  const recorded = await executor.query(`SELECT version FROM ${names.qualified('schema_migrations')}`);
  const applied = new Set(recorded.rows.map((row) => integerField(row, 'version')));
  const needed = Math.max(0, ...steps.map((step) => step.version));
  const reached = versionReached(steps, applied);
  if (reached < needed) {
    return `schema "${names.schema}" is at version ${reached} and this version of the store reads version ${needed}; open it once for writing to migrate it`;
  }
  return undefined;
};
