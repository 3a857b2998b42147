import { randomBytes } from 'node:crypto';
import { pgUrl, sql } from './pg.js';

/** An auditor's login role on the test server, and how to connect as it and drop it. */
export interface AuditorRole {
  readonly name: string;
  /** The test server's URL with the auditor as the user. */
  readonly url: string;
  readonly drop: () => Promise<void>;
}

/**
 * The statements that let `role` run every read-only command on the store in `schema`: connect,
 * look into the schema, read its tables. Nothing else: no CREATE, no INSERT, no DDL. These are the
 * grants docs/audit.md gives.
 */
export const auditorGrants = (role: string, database: string, schema: string): readonly string[] => [
  `CREATE ROLE ${role} LOGIN`,
  `GRANT CONNECT ON DATABASE ${database} TO ${role}`,
  `GRANT USAGE ON SCHEMA ${schema} TO ${role}`,
  `GRANT SELECT ON ALL TABLES IN SCHEMA ${schema} TO ${role}`,
];

/** Creates an auditor role with a name no other run uses (roles belong to the whole server). */
export const auditorRole = async (schema: string): Promise<AuditorRole> => {
  const name = `auditor_${randomBytes(5).toString('hex')}`;
  const url = new URL(pgUrl);
  for (const statement of auditorGrants(name, url.pathname.slice(1), schema)) await sql(statement);
  url.username = name;
  url.password = '';
  return {
    name,
    url: url.toString(),
    drop: async () => {
      // Revokes the grants (on the database too), which DROP ROLE requires.
      await sql(`DROP OWNED BY ${name}`);
      await sql(`DROP ROLE ${name}`);
    },
  };
};
