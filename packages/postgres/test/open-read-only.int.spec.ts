import { eventLeafHash, StoreUnavailable } from '@parcel-claims/eventsourcing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maskUrl, migrate, migrations, openPostgresStore, pgExecutor, StoreNotFound } from '../src/index.js';
import { collectUntil } from './support/collect-until.js';
import { pgUrl } from './support/pg-url.js';
import { sampleEvent } from './support/sample-event.js';
import { type SelectOnlyRole, selectOnlyRole } from './support/select-only-role.js';
import { dropSchema, testSchema } from './support/test-schema.js';

const owner = pgExecutor({ connectionString: pgUrl, max: 2 });
const created: string[] = [];

/** A fresh schema name, dropped after the tests whether or not anything created it. */
const schemaName = (label: string): string => {
  const schema = testSchema(label);
  created.push(schema);
  return schema;
};

/** What an open rejects with; fails the test if it resolves. */
const refusal = async (url: string, schema: string): Promise<unknown> =>
  openPostgresStore(url, { schema, readOnly: true }).then(
    async (opened) => {
      await opened.close();
      throw new Error(`the read-only open of schema ${schema} resolved`);
    },
    (error: unknown) => error,
  );

/** The tables, sequences and functions in a schema, and whether the schema exists. */
const contents = async (schema: string) => {
  const { rows } = await owner.query(
    `SELECT (SELECT count(*) FROM pg_namespace WHERE nspname = $1)::int AS schemas,
       (SELECT coalesce(string_agg(c.relname, ',' ORDER BY c.relname), '') FROM pg_class c
         JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1) AS relations,
       (SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
         WHERE n.nspname = $1)::int AS functions`,
    [schema],
  );
  return rows[0];
};

afterAll(async () => {
  for (const schema of created) await dropSchema(owner, schema);
  await owner.close();
});

describe('openPostgresStore with readOnly', () => {
  it('refuses a schema that does not exist with StoreNotFound, password masked, and creates nothing', async () => {
    const schema = schemaName('ro_missing');
    const url = new URL(pgUrl);
    url.password = 'Sup3r-s3cret';
    const error = await refusal(url.toString(), schema);
    expect(error).toBeInstanceOf(StoreNotFound);
    expect(error).toMatchObject({
      name: 'StoreNotFound',
      url: maskUrl(url.toString()),
      reason: `schema "${schema}" does not exist`,
      message: `No store at ${maskUrl(url.toString())}: schema "${schema}" does not exist. Opening for reading never creates a store.`,
    });
    expect(String(error)).not.toContain('Sup3r-s3cret');
    expect(await contents(schema)).toEqual({ schemas: 0, relations: '', functions: 0 });
  });

  it('refuses a schema without the store tables, and leaves it empty', async () => {
    const schema = schemaName('ro_empty');
    await owner.query(`CREATE SCHEMA ${schema}`);
    const error = await refusal(pgUrl, schema);
    expect(error).toBeInstanceOf(StoreNotFound);
    expect(error).toMatchObject({
      reason: `schema "${schema}" holds no store (tables missing: events, schema_migrations)`,
    });
    expect(await contents(schema)).toEqual({ schemas: 1, relations: '', functions: 0 });
  });

  it('refuses a schema of an older version, naming the version found and the one needed, and migrates nothing', async () => {
    const schema = schemaName('ro_old');
    await migrate(owner, { schema, migrations: migrations.slice(0, 2) });
    const before = await contents(schema);
    const error = await refusal(pgUrl, schema);
    expect(error).toBeInstanceOf(StoreNotFound);
    expect(error).toMatchObject({
      reason: `schema "${schema}" is at version 2 and this version of the store reads version ${Math.max(...migrations.map((step) => step.version))}; open it once for writing to migrate it`,
    });
    expect(await contents(schema)).toEqual(before);
    const { rows } = await owner.query(`SELECT version FROM ${schema}.schema_migrations ORDER BY version`);
    expect(rows).toEqual([{ version: 1 }, { version: 2 }]);
  });

  it('reads a store without writing to it: an append through it is refused by the server', async () => {
    const schema = schemaName('ro_append');
    const writer = await openPostgresStore(pgUrl, { schema, poolSize: 1 });
    const event = sampleEvent(1);
    await writer.store.append('parcel-1', [event], { expectedVersion: 'no_stream' });
    await writer.close();
    const reader = await openPostgresStore(pgUrl, { schema, readOnly: true, poolSize: 1 });
    try {
      expect((await reader.store.readStream('parcel-1')).map((e) => e.eventId)).toEqual([event.eventId]);
      const refused = await reader.store
        .append('parcel-2', [sampleEvent(2)], { expectedVersion: 'no_stream' })
        .catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(StoreUnavailable);
      expect(refused instanceof StoreUnavailable ? String(refused.cause) : '').toContain(
        'read-only transaction',
      );
    } finally {
      await reader.close();
    }
    const { rows } = await owner.query(`SELECT stream_id FROM ${schema}.events ORDER BY position`);
    expect(rows).toEqual([{ stream_id: 'parcel-1' }]);
  });
});

describe('openPostgresStore with readOnly, as a role that may only SELECT', () => {
  const schema = schemaName('ro_role');
  let role: SelectOnlyRole;
  const first = sampleEvent(1);

  beforeAll(async () => {
    const writer = await openPostgresStore(pgUrl, { schema, poolSize: 1 });
    await writer.store.append('parcel-1', [first], { expectedVersion: 'no_stream' });
    await writer.close();
    role = await selectOnlyRole(owner, schema);
  });

  afterAll(async () => {
    await dropSchema(owner, schema);
    await role.drop();
  });

  it('the role has no right to create or insert', async () => {
    const { rows } = await owner.query(
      `SELECT has_schema_privilege($1, $2, 'CREATE') AS "create",
         has_table_privilege($1, $3, 'INSERT') AS "insert",
         has_database_privilege($1, current_database(), 'CREATE') AS "createSchema"`,
      [role.name, schema, `${schema}.events`],
    );
    expect(rows).toEqual([{ create: false, insert: false, createSchema: false }]);
  });

  it('opens, reads, and hears a new event through LISTEN, not by polling', async () => {
    const reader = await openPostgresStore(role.url, {
      schema,
      readOnly: true,
      poolSize: 1,
      pollIntervalMs: 3_600_000,
    });
    const writer = await openPostgresStore(pgUrl, { schema, poolSize: 1 });
    try {
      expect((await reader.store.readStream('parcel-1')).map((e) => e.eventId)).toEqual([first.eventId]);
      const second = sampleEvent(2);
      const subscription = reader.store.subscribe({ after: 0n });
      const iterator = subscription[Symbol.asyncIterator]();
      expect((await iterator.next()).value).toMatchObject({
        kind: 'event',
        event: { eventId: first.eventId },
      });
      expect((await iterator.next()).value).toMatchObject({ kind: 'caught-up' });
      await writer.store.append('parcel-1', [second], { expectedVersion: 0n });
      const live = await collectUntil(subscription, () => second.eventId);
      expect(live.map((e) => e.eventId)).toEqual([second.eventId]);
      await subscription.close();
    } finally {
      await writer.close();
      await reader.close();
    }
  });

  it('reads the Merkle tree: its head, its nodes, leaf indexes and the kept checkpoints', async () => {
    const writer = await openPostgresStore(pgUrl, { schema, poolSize: 1 });
    const reader = await openPostgresStore(role.url, { schema, readOnly: true, poolSize: 1 });
    try {
      const kept = { treeSize: 1n, note: `${schema}\n1\nroot\n\n— ${schema} AAAA\n` };
      await writer.store.tree?.checkpoints.add(kept);
      const [event] = await reader.store.readStream('parcel-1');
      const seen = {
        head: await reader.store.tree?.head(),
        nodes: await reader.store.tree?.nodes.read([{ level: 0, index: 0 }]),
        leaf: await reader.store.tree?.leafIndexOf(event?.position ?? 0n),
        checkpoints: await reader.store.tree?.checkpoints.list(),
      };
      expect(seen).toEqual({
        head: await writer.store.tree?.head(),
        nodes: [eventLeafHash(event?.metadata.hash ?? '')],
        leaf: 0,
        checkpoints: [kept],
      });
    } finally {
      await writer.close();
      await reader.close();
    }
  });
});
