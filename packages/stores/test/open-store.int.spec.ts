import type { EventStore } from '@parcel-claims/eventsourcing';
import { startStandIn } from '@parcel-claims/eventstoredb/testing';
import { openPostgresStore } from '@parcel-claims/postgres';
import { describe, expect, it } from 'vitest';
import { openStore, UnsupportedStoreUrl } from '../src/index.js';

/** The PostgreSQL server the integration tests use; override with PARCEL_CLAIMS_TEST_PG_URL. */
const pgUrl = process.env.PARCEL_CLAIMS_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

const event = (n: number) => ({
  eventId: `00000000-0000-4000-b000-${String(n).padStart(12, '0')}`,
  type: 'Noted',
  data: { n },
  metadata: {
    commandId: `00000000-0000-4000-c000-${String(n).padStart(12, '0')}`,
    correlationId: 'c',
    causationId: 'c',
    recordedAt: '2026-11-24T12:00:00.000Z',
    schemaVersion: 1,
    actor: null,
  },
});

const roundTrip = async (store: EventStore, stream: string) => {
  await store.append(stream, [event(1), event(2)], { expectedVersion: 'no_stream' });
  return (await store.readStream(stream)).map((e) => [e.revision, e.type, e.data]);
};

const written = [
  [0n, 'Noted', { n: 1 }],
  [1n, 'Noted', { n: 2 }],
];

describe('openStore', () => {
  it('opens the in-memory store', async () => {
    const opened = await openStore('memory:');
    expect([opened.kind, opened.url, await roundTrip(opened.store, 'memory-1')]).toEqual([
      'memory',
      'memory:',
      written,
    ]);
    await opened.close();
  });

  it('opens an embedded PGlite store', { timeout: 60_000 }, async () => {
    const opened = await openStore('pglite:memory');
    expect([opened.kind, await roundTrip(opened.store, 'pglite-1')]).toEqual(['pglite', written]);
    await opened.close();
  });

  it('opens a PostgreSQL server in its own schema', { timeout: 60_000 }, async () => {
    const schema = `open_store_${Math.floor(Math.random() * 1e9)}`;
    const opened = await openStore(pgUrl, { schema });
    try {
      expect([opened.kind, await roundTrip(opened.store, 'pg-1')]).toEqual(['postgres', written]);
    } finally {
      await opened.close();
      const cleanup = await openPostgresStore(pgUrl, { schema });
      // The name is generated above from digits, so it is a safe identifier.
      await cleanup.executor.query(`DROP SCHEMA ${schema} CASCADE`);
      await cleanup.close();
    }
  });

  it('opens an EventStoreDB server (the stand-in)', { timeout: 60_000 }, async () => {
    const standIn = await startStandIn();
    try {
      const opened = await openStore(standIn.connectionString);
      expect([opened.kind, await roundTrip(opened.store, 'esdb-1')]).toEqual(['esdb', written]);
      await opened.close();
    } finally {
      await standIn.stop();
    }
  });

  it('refuses any other scheme, with the password masked', async () => {
    const refused = await openStore('mysql://claims:s3cret@db/claims').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(UnsupportedStoreUrl);
    expect(refused instanceof Error ? refused.message : '').toBe(
      'no store for mysql://claims:***@db/claims: use memory:, pglite:<directory>, pglite:memory, postgres://user@host/db or esdb://host:port?tls=false',
    );
  });
});
