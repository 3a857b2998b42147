import { schemaNames } from '../schema/schema-names.js';
import type { SqlExecutor } from '../sql-executor.js';

/** Whether `schema` of the database holds the store's event log, asked without changing anything. */
export const eventLogPresent = async (executor: SqlExecutor, schema?: string): Promise<boolean> => {
  const { rows } = await executor.query('SELECT to_regclass($1::text) IS NOT NULL AS present', [
    schemaNames(schema).qualified('events'),
  ]);
  return rows[0]?.present === true;
};
