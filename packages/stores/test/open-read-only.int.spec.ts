import { randomBytes } from 'node:crypto';
import { maskUrl, pgExecutor, StoreNotFound } from '@parcel-claims/postgres';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../src/index.js';

const pgUrl = process.env.PARCEL_CLAIMS_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const owner = pgExecutor({ connectionString: pgUrl, max: 1 });
const schemas: string[] = [];

/** A schema name no other run uses, dropped after the tests. */
const schemaName = (label: string): string => {
  const schema = `t_${label}_${randomBytes(5).toString('hex')}`;
  schemas.push(schema);
  return schema;
};

const schemaExists = async (schema: string): Promise<boolean> =>
  (await owner.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema])).rows.length === 1;

const event = {
  eventId: '00000000-0000-4000-b000-000000000001',
  type: 'Noted',
  data: { n: 1 },
  metadata: {
    commandId: '00000000-0000-4000-c000-000000000001',
    correlationId: 'c',
    causationId: 'c',
    recordedAt: '2026-11-24T12:00:00.000Z',
    schemaVersion: 1,
    actor: null,
  },
};

afterAll(async () => {
  // The names are generated above from hex digits, so they are safe identifiers.
  for (const schema of schemas) await owner.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await owner.close();
});

describe('openStore with readOnly', () => {
  it('rejects a PostgreSQL schema that holds no store with StoreNotFound itself, and creates nothing', async () => {
    const schema = schemaName('stores_ro_missing');
    const error = await openStore(pgUrl, { schema, readOnly: true }).then(
      async (opened) => {
        await opened.close();
        return undefined;
      },
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(StoreNotFound);
    expect(error).toMatchObject({ url: maskUrl(pgUrl), reason: `schema "${schema}" does not exist` });
    expect(await schemaExists(schema)).toBe(false);
  });

  it('reads a PostgreSQL store that a writer created', async () => {
    const schema = schemaName('stores_ro_read');
    const writer = await openStore(pgUrl, { schema });
    await writer.store.append('pg-1', [event], { expectedVersion: 'no_stream' });
    await writer.close();
    const reader = await openStore(pgUrl, { schema, readOnly: true });
    try {
      expect([reader.kind, (await reader.store.readStream('pg-1')).map((e) => [e.revision, e.data])]).toEqual(
        ['postgres', [[0n, { n: 1 }]]],
      );
    } finally {
      await reader.close();
    }
  });

  it('opens memory: as ever: readOnly means nothing for a store that starts empty', async () => {
    const opened = await openStore('memory:', { readOnly: true });
    expect([opened.kind, await opened.store.readStream('none')]).toEqual(['memory', []]);
    await opened.close();
  });
});
