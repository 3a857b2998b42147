import { verifyStream, verifyStreamText } from '@parcel-claims/eventsourcing';
import { afterAll, describe, expect, it } from 'vitest';
import {
  InvalidSchemaName,
  type Migration,
  migrate,
  migrations,
  type PgExecutor,
  pgExecutor,
  postgresEventStore,
  schemaNames,
} from '../src/index.js';
import { hashVersionMigrationBehaviour } from './support/hash-version-migration.js';
import { pgUrl } from './support/pg-url.js';
import { sampleEvent } from './support/sample-event.js';
import { dropSchema, testSchema } from './support/test-schema.js';

const executors: PgExecutor[] = [];
const schemas: string[] = [];

/** An executor with a pool of its own: a process of its own, as far as the server can tell. */
const process = (): PgExecutor => {
  const executor = pgExecutor({ connectionString: pgUrl, max: 2 });
  executors.push(executor);
  return executor;
};

const freshSchema = (): string => {
  const schema = testSchema('migrate');
  schemas.push(schema);
  return schema;
};

afterAll(async () => {
  const [cleaner] = executors;
  if (cleaner !== undefined) for (const schema of schemas) await dropSchema(cleaner, schema);
  await Promise.all(executors.map((executor) => executor.close()));
});

const appliedVersions = async (executor: PgExecutor, schema: string) =>
  (
    await executor.query(
      `SELECT version, name FROM ${schemaNames(schema).qualified('schema_migrations')} ORDER BY version`,
    )
  ).rows;

const schemaExists = async (executor: PgExecutor, schema: string) =>
  (await executor.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema])).rows.length === 1;

describe('migrate', () => {
  it('creates the schema and applies every migration once, in order; running it again applies nothing', async () => {
    const executor = process();
    const schema = freshSchema();
    expect(await migrate(executor, { schema })).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(await migrate(executor, { schema })).toEqual([]);
    expect(await appliedVersions(executor, schema)).toEqual([
      { version: 1, name: 'event log' },
      { version: 2, name: 'projection checkpoints' },
      { version: 3, name: 'grouped appends' },
      { version: 4, name: 'command digests' },
      { version: 5, name: 'hash format versions' },
      { version: 6, name: 'merkle tree' },
      { version: 7, name: 'projection partitions' },
    ]);
  });

  it('is safe when several processes start at once: each step is applied by exactly one of them', async () => {
    const schema = freshSchema();
    const racers = [process(), process(), process(), process()];
    const results = await Promise.all(racers.map((executor) => migrate(executor, { schema })));
    expect([...results].sort((a, b) => b.length - a.length)).toEqual([[1, 2, 3, 4, 5, 6, 7], [], [], []]);
    expect(await appliedVersions(racers[0] ?? process(), schema)).toHaveLength(migrations.length);
  });

  it('applies only the steps a schema lacks, in version order whatever the order given', async () => {
    const executor = process();
    const schema = freshSchema();
    const [eventLog, checkpoints] = migrations;
    if (eventLog === undefined || checkpoints === undefined) throw new Error('two migrations expected');
    expect(await migrate(executor, { schema, migrations: [eventLog] })).toEqual([1]);
    const third: Migration = {
      version: 3,
      name: 'notes',
      statements: ({ qualified }) => [`CREATE TABLE ${qualified('notes')} (note text)`],
    };
    expect(await migrate(executor, { schema, migrations: [third, checkpoints, eventLog] })).toEqual([2, 3]);
    expect((await appliedVersions(executor, schema)).map((row) => row.version)).toEqual([1, 2, 3]);
  });

  it('a failing step leaves the schema as it was, every earlier step of the same run included', async () => {
    const executor = process();
    const schema = freshSchema();
    const broken: Migration = {
      version: migrations.length + 1,
      name: 'broken',
      statements: () => ['CREATE TABLE broken (id integer REFERENCES nowhere (id))'],
    };
    await expect(migrate(executor, { schema, migrations: [...migrations, broken] })).rejects.toMatchObject({
      code: '42P01',
    });
    expect(await schemaExists(executor, schema)).toBe(false);
    expect(await migrate(executor, { schema })).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('keeps the events stored before command digests: they read without one and still verify, and later appends record theirs', async () => {
    const executor = process();
    const schema = freshSchema();
    expect(await migrate(executor, { schema, migrations: migrations.slice(0, 3) })).toEqual([1, 2, 3]);
    const store = postgresEventStore({ executor, schema });
    const before = sampleEvent(1);
    await store.append('parcel-1', [before], { expectedVersion: 'no_stream' });
    expect(await migrate(executor, { schema, migrations: migrations.slice(0, 5) })).toEqual([4, 5]);
    const after = sampleEvent(2);
    const commandDigest = 'c'.repeat(64);
    await store.append('parcel-1', [{ ...after, metadata: { ...after.metadata, commandDigest } }], {
      expectedVersion: 0n,
    });
    const events = await store.readStream('parcel-1');
    expect(events.map((event) => [event.eventId, event.metadata.commandDigest])).toEqual([
      [before.eventId, undefined],
      [after.eventId, commandDigest],
    ]);
    expect(verifyStream(events)).toEqual({ ok: true });
    expect(verifyStreamText(await store.readStreamText('parcel-1'))).toEqual({ ok: true });
  });

  it('keeps the events stored before hash format versions: they read version 1 and still verify, and later appends record theirs', async () => {
    await hashVersionMigrationBehaviour(process(), freshSchema());
  });

  it('refuses a schema name that is not a plain identifier, and creates nothing', async () => {
    const executor = process();
    await expect(migrate(executor, { schema: 'Parcel-Claims' })).rejects.toBeInstanceOf(InvalidSchemaName);
    expect(await schemaExists(executor, 'Parcel-Claims')).toBe(false);
  });
});
