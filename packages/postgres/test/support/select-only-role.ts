import { randomBytes } from 'node:crypto';
import { type SqlExecutor, schemaNames } from '../../src/index.js';
import { pgUrl } from './pg-url.js';

/** A login role that may only read one schema, and how to connect as it and drop it. */
export interface SelectOnlyRole {
  readonly name: string;
  /** The test server's URL with this role as the user. */
  readonly url: string;
  readonly drop: () => Promise<void>;
}

/**
 * Creates a role with CONNECT on the test database, USAGE on `schema` and SELECT on its tables:
 * no CREATE, no INSERT, no DDL. Roles belong to the whole server, so the name is unique.
 */
export const selectOnlyRole = async (owner: SqlExecutor, schema: string): Promise<SelectOnlyRole> => {
  const name = `reader_${randomBytes(5).toString('hex')}`;
  const url = new URL(pgUrl);
  const database = url.pathname.slice(1);
  const { quoted } = schemaNames(schema);
  await owner.query(`CREATE ROLE ${name} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT`);
  await owner.query(`GRANT CONNECT ON DATABASE "${database}" TO ${name}`);
  await owner.query(`GRANT USAGE ON SCHEMA ${quoted} TO ${name}`);
  await owner.query(`GRANT SELECT ON ALL TABLES IN SCHEMA ${quoted} TO ${name}`);
  url.username = name;
  url.password = '';
  return {
    name,
    url: url.toString(),
    drop: async () => {
      await owner.query(`DROP OWNED BY ${name}`);
      await owner.query(`DROP ROLE ${name}`);
    },
  };
};
