import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verifyStream } from '@parcel-claims/eventsourcing';
import { assertClaimsModel, eventStoreContract } from '@parcel-claims/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSchema, migrate, type OpenedStore, openPostgresStore } from '../src/index.js';
import { executorBehaviour } from './support/executor-behaviour.js';
import { hashVersionMigrationBehaviour } from './support/hash-version-migration.js';
import { sameAnswersAsInMemory } from './support/same-answers.js';
import { sampleEvent } from './support/sample-event.js';
import { sinkBehaviour } from './support/sink-behaviour.js';

// One PGlite database in a directory for the whole file: a first open runs initdb, which takes
// seconds, so the contract suite, the executor and sink tests share it, as users of one embedded
// database do, and the last test closes and reopens it.
let directory = '';
let url = '';
let opened: OpenedStore | undefined;
const persisted = sampleEvent(0);

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'parcel-claims-pglite-'));
  // A directory that does not exist yet, parents included: the store creates it.
  url = `pglite:${join(directory, 'not', 'yet', 'there')}`;
  opened = await openPostgresStore(url);
  await opened.store.append('persisted', [persisted], { expectedVersion: 'no_stream' });
}, 120_000);

afterAll(async () => {
  await opened?.close();
  if (directory !== '') await rm(directory, { recursive: true, force: true });
});

const ready = (): OpenedStore => {
  if (opened === undefined) throw new Error('The PGlite store opens in beforeAll');
  return opened;
};

eventStoreContract('PGlite store', async () => ({ store: ready().store }), { subscriptionLatencyMs: 3_000 });

sameAnswersAsInMemory('the PGlite store against the in-memory store', () => ready().store);

describe('the claims service on the PGlite store', () => {
  it('answers every generated command as the model expects, and folds to the model', async () => {
    await assertClaimsModel(async () => ({ store: ready().store }), { numRuns: 8, maxCommands: 80 });
  }, 180_000);
});

executorBehaviour('PGlite executor', () => ({ ...ready(), schema: defaultSchema }));

sinkBehaviour('SQL projection sink on PGlite', () => ({ executor: ready().executor, schema: defaultSchema }));

describe('a PGlite schema made before hash format versions', () => {
  it('keeps its events: they read version 1 and still verify, and later appends record theirs', async () => {
    await hashVersionMigrationBehaviour(ready().executor, 'before_hash_versions');
  });
});

describe('PGlite in a directory', () => {
  it('keeps the events when the database is closed and opened again', async () => {
    const [written] = await ready().store.readStream('persisted');
    await ready().close();
    opened = undefined;
    opened = await openPostgresStore(url);
    expect(await migrate(opened.executor)).toEqual([]);
    expect(await opened.store.readStream('persisted')).toEqual([written]);
    const next = await opened.store.append('persisted', [sampleEvent(1)], { expectedVersion: 0n });
    expect(next.position).toBeGreaterThan(written?.position ?? 0n);
    expect(verifyStream(await opened.store.readStream('persisted'))).toEqual({ ok: true });
  }, 120_000);
});
