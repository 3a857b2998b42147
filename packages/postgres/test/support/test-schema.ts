import { randomBytes } from 'node:crypto';
import { type SqlExecutor, schemaNames } from '../../src/index.js';

/** A schema name no other test run uses: tests on one server never see each other's rows. */
export const testSchema = (label: string): string => `t_${label}_${randomBytes(5).toString('hex')}`;

/** Drops a test schema and everything in it. */
export const dropSchema = async (executor: SqlExecutor, schema: string): Promise<void> => {
  await executor.query(`DROP SCHEMA IF EXISTS ${schemaNames(schema).quoted} CASCADE`);
};
