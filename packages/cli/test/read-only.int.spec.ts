import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../src/index.js';
import { type AuditorRole, auditorRole } from './support/auditor-role.js';
import { memoryIo } from './support/memory-io.js';
import { dropSchema, pgUrl, sql, testSchema } from './support/pg.js';

const schema = testSchema('ro_cli');
const missing = testSchema('ro_cli_missing');
const created = testSchema('ro_cli_rebuild');
const parcel = 'TSS-2026-000042';
let auditor: AuditorRole;

/** Runs the command in memory; returns its exit code and outputs. */
const cli = async (args: readonly string[]) => {
  const captured = memoryIo();
  const code = await run(args, captured.io);
  return { code, stdout: captured.stdout(), stderr: captured.stderr(), files: captured.files };
};

const schemaExists = async (name: string): Promise<boolean> =>
  (await sql('SELECT 1 FROM information_schema.schemata WHERE schema_name = $1', [name])).rowCount === 1;

/** Every command that only reads the store, without `--store` and `--schema`, named by its arguments. */
const readOnlyCommands = [
  ['verify', '--all'],
  ['verify', parcel],
  ['audit', parcel],
  ['audit', parcel, '--json'],
  ['audit', parcel, '--changes', '--revision', '9'],
  ['report', parcel, '--html', 'report.html'],
].map((args) => ({ command: args.join(' '), args }));

beforeAll(async () => {
  expect((await cli(['demo', '--store', pgUrl, '--schema', schema])).code).toBe(0);
  auditor = await auditorRole(schema);
}, 60_000);

afterAll(async () => {
  for (const name of [schema, missing, created]) await dropSchema(name);
  await auditor.drop();
});

describe('read-only commands on a schema that holds no store', () => {
  it.each(readOnlyCommands)('$command exits 1 with StoreNotFound and creates nothing', async ({ args }) => {
    expect(await cli([...args, '--store', pgUrl, '--schema', missing])).toEqual({
      code: 1,
      stdout: '',
      stderr: `parcel-claims: cannot open the store: StoreNotFound: No store at ${pgUrl}: schema "${missing}" does not exist. Opening for reading never creates a store.\n`,
      files: new Map(),
    });
    expect(await schemaExists(missing)).toBe(false);
  });

  it('rebuild with --read-models reads the events store only, so it refuses one that is not there', async () => {
    const refused = await cli([
      'rebuild',
      'claims-board',
      '--store',
      pgUrl,
      '--schema',
      missing,
      '--read-models',
      pgUrl,
    ]);
    expect([refused.code, refused.stderr]).toEqual([
      1,
      `parcel-claims: cannot open the store: StoreNotFound: No store at ${pgUrl}: schema "${missing}" does not exist. Opening for reading never creates a store.\n`,
    ]);
    expect(await schemaExists(missing)).toBe(false);
  });

  it('rebuild into the store itself writes, so it creates the store as demo does', async () => {
    expect(await cli(['rebuild', 'claims-board', '--store', pgUrl, '--schema', created])).toEqual({
      code: 0,
      stdout: 'Rebuilt claims-board: 0 event(s), checkpoint 0 (0 events/s).\n',
      stderr: '',
      files: new Map(),
    });
    expect(await schemaExists(created)).toBe(true);
  });
});

describe('an auditor role with SELECT rights only', () => {
  it('has no right to create or insert anything', async () => {
    const { rows } = await sql(
      `SELECT has_database_privilege($1, current_database(), 'CREATE') AS "createSchema",
         has_schema_privilege($1, $2, 'CREATE') AS "createInSchema",
         has_table_privilege($1, $3, 'INSERT') AS "insert",
         has_table_privilege($1, $3, 'SELECT') AS "select"`,
      [auditor.name, schema, `${schema}.events`],
    );
    expect(rows).toEqual([{ createSchema: false, createInSchema: false, insert: false, select: true }]);
  });

  it.each(readOnlyCommands)('$command answers exactly as for the owner', async ({ args }) => {
    const owner = await cli([...args, '--store', pgUrl, '--schema', schema]);
    const audited = await cli([...args, '--store', auditor.url, '--schema', schema]);
    expect([owner.code, owner.stderr]).toEqual([0, '']);
    // The HTML report names the store it read, which differs only by the user.
    const report = owner.files.get('report.html');
    if (report !== undefined) expect(report).toContain(pgUrl);
    const asAuditor = new Map(
      [...owner.files].map(([file, text]) => [file, text.replaceAll(pgUrl, auditor.url)]),
    );
    expect(audited).toEqual({ ...owner, files: asAuditor });
  });

  it('rebuilds read models into a database of its own, reading the events store only', async () => {
    expect(
      await cli([
        'rebuild',
        'claims-board',
        '--store',
        auditor.url,
        '--schema',
        schema,
        '--read-models',
        pgUrl,
      ]),
    ).toEqual({
      code: 0,
      stdout: 'Rebuilt claims-board: 18 event(s), checkpoint 18 (0 events/s).\n',
      stderr: '',
      files: new Map(),
    });
  });
});
