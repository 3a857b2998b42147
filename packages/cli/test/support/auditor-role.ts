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
  const server = new URL(pgUrl);
  await sql(auditorGrants(name, server.pathname.slice(1), schema).join(';\n'));
  const asAuditor = Object.assign(new URL(pgUrl), { username: name, password: '' });
  // DROP OWNED revokes the grants, the database's included, which DROP ROLE requires.
  return {
    name,
    url: asAuditor.href,
    drop: () => sql(`DROP OWNED BY ${name}; DROP ROLE ${name}`).then(() => undefined),
  };
};
