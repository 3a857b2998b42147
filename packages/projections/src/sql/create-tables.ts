import { type SqlExecutor, schemaNames } from '@parcel-claims/postgres';

// Two processes creating the same tables at once can both pass IF NOT EXISTS and then collide
// in the catalogue; a transaction-scoped advisory lock per schema lines them up.
const lockKey = 'parcel-claims read models';

/**
 * Runs DDL statements that create what is missing (IF NOT EXISTS) in one transaction, after
 * creating the schema, under an advisory lock on the schema.
 */
export const createTablesOnce = async (
  executor: SqlExecutor,
  schema: string,
  statements: readonly string[],
): Promise<void> => {
  const names = schemaNames(schema);
  await executor.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1::text), hashtext($2::text))', [
      lockKey,
      names.schema,
    ]);
    await tx.query(`CREATE SCHEMA IF NOT EXISTS ${names.quoted}`);
    for (const statement of statements) await tx.query(statement);
  });
};
