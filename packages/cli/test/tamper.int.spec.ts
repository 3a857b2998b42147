import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verifyStore } from '@parcel-claims/audit';
import { claimSchemaVersion } from '@parcel-claims/core';
import type { EventToAppend } from '@parcel-claims/eventsourcing';
import { openPostgresStore } from '@parcel-claims/postgres';
import { openStore } from '@parcel-claims/stores';
import { arbHistory } from '@parcel-claims/testing';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../src/index.js';
import { memoryIo } from './support/memory-io.js';
import { dropSchema, pgUrl, testSchema } from './support/pg.js';
import {
  brokenLine,
  type ExpectedBreak,
  eventsTable,
  hashOfEvent,
  type TamperKind,
  tamper,
} from './support/tamper.js';

const cli = async (args: readonly string[]) => {
  const captured = memoryIo();
  const code = await run(args, captured.io);
  return { code, stdout: captured.stdout(), stderr: captured.stderr() };
};

interface Backend {
  readonly name: string;
  readonly url: () => string;
  readonly schema: string;
  readonly setUp: () => Promise<void>;
  readonly tearDown: () => Promise<void>;
}

let pgliteDir = '';
const backends: readonly Backend[] = [
  {
    name: 'PostgreSQL',
    url: () => pgUrl,
    schema: testSchema('tamper'),
    setUp: async () => undefined,
    tearDown: async () => undefined,
  },
  {
    name: 'PGlite',
    url: () => `pglite:${pgliteDir}`,
    schema: 'parcel_claims',
    setUp: async () => {
      pgliteDir = await mkdtemp(join(tmpdir(), 'parcel-claims-tamper-'));
    },
    tearDown: () => rm(pgliteDir, { recursive: true, force: true }),
  },
];

/** Which stream gets which alteration, at which revision. */
const plan: readonly { readonly parcel: string; readonly kind: TamperKind; readonly revision: number }[] = [
  { parcel: 'TSS-2026-000042', kind: 'modify', revision: 16 },
  { parcel: 'DEMO-42-0001', kind: 'delete', revision: 1 },
  { parcel: 'DEMO-42-0002', kind: 'swap', revision: 0 },
  { parcel: 'DEMO-42-0003', kind: 'insert', revision: 1 },
];

describe.each(backends)('tampering with the database ($name)', (backend) => {
  const store = () => ['--store', backend.url(), '--schema', backend.schema];
  const expected: ExpectedBreak[] = [];
  // The last hash of each altered stream before it was altered.
  const lastHashes: (string | undefined)[] = [];

  beforeAll(async () => {
    await backend.setUp();
    expect((await cli(['demo', ...store(), '--claims', '3'])).code).toBe(0);
    const opened = await openStore(backend.url(), { schema: backend.schema });
    try {
      const sql = opened.sql;
      if (sql === null) throw new Error(`${backend.name} has SQL`);
      for (const step of plan) {
        const events = await opened.store.readStream(`parcel-${step.parcel}`);
        lastHashes.push(events.at(-1)?.metadata.hash);
        expected.push(await tamper(sql, backend.schema, events, step.kind, step.revision));
      }
    } finally {
      await opened.close();
    }
  }, 120_000);

  afterAll(async () => {
    if (backend.name === 'PostgreSQL') await dropSchema(backend.schema);
    await backend.tearDown();
  });

  it('verify --all names the first broken event of every altered stream and exits 1', async () => {
    const verified = await cli(['verify', '--all', ...store()]);
    const lines = verified.stdout.split('\n');
    expect([verified.code, verified.stderr, lines.slice(0, 4), lines.at(-1)]).toEqual([
      1,
      '',
      expected.map(brokenLine),
      '',
    ]);
    // The forged event took the next position: in the log it is the stream's last event, read by
    // revision it is not.
    const forged = expected[3]?.expected ?? 'none';
    expect(lines[4]).toBe(
      `DIFFERS parcel-DEMO-42-0003 reads back 13 event(s) (last hash ${lastHashes[3]}) but the global log holds 13 of it (last hash ${forged}): the stream was deleted, truncated or altered apart from the log`,
    );
    expect(lines[5]).toMatch(
      /^4 stream\(s\), \d+ event\(s\) checked \(0 events\/s\): 4 broken stream\(s\), 1 stream\(s\) unlike the log\.$/,
    );
    expect(expected.map((b) => [b.revision, b.reason])).toEqual([
      [16n, 'hash-mismatch'],
      [1n, 'broken-link'],
      [0n, 'broken-link'],
      [2n, 'broken-link'],
    ]);
  }, 60_000);

  it('verify and audit of one altered parcel name its first broken event', async () => {
    const [modified] = expected;
    const verified = await cli(['verify', 'TSS-2026-000042', ...store()]);
    expect(verified).toEqual({
      code: 1,
      stdout: `${modified === undefined ? '' : brokenLine(modified)}\n1 stream(s), 18 event(s) checked (0 events/s): 1 broken stream(s).\n`,
      stderr: '',
    });
    const audited = await cli(['audit', 'TSS-2026-000042', ...store()]);
    expect([audited.code, audited.stdout.trimEnd().split('\n').at(-1)]).toEqual([
      1,
      `Hash chain broken at ${modified === undefined ? '' : brokenLine(modified).replace('BROKEN ', '')}.`,
    ]);
  }, 60_000);
});

describe('an event altered into something the codecs refuse (PostgreSQL)', () => {
  const schema = testSchema('tamper_codec');
  const streamId = 'parcel-TSS-2026-000042';
  afterAll(() => dropSchema(schema));

  it('audit exits 1 naming the chain break, then the stream, revision and JSON path it cannot decode', async () => {
    const store = ['--store', pgUrl, '--schema', schema];
    expect((await cli(['demo', ...store])).code).toBe(0);
    const opened = await openPostgresStore(pgUrl, { schema });
    let broken = '';
    try {
      const [original] = await opened.store.readStream(streamId, { from: 3n, maxCount: 1 });
      await opened.executor.query(
        `UPDATE ${eventsTable(schema)} SET data = (data::jsonb || '{"forged": true}')::json WHERE revision = 3`,
      );
      const [altered] = await opened.store.readStream(streamId, { from: 3n, maxCount: 1 });
      if (original === undefined || altered === undefined) throw new Error('the story has a revision 3');
      broken = brokenLine({
        streamId,
        revision: 3n,
        reason: 'hash-mismatch',
        expected: hashOfEvent(altered),
        found: original.metadata.hash,
      });
    } finally {
      await opened.close();
    }
    expect(await cli(['audit', 'TSS-2026-000042', ...store])).toEqual({
      code: 1,
      stdout: '',
      stderr: [
        `hash chain broken at ${broken.replace('BROKEN ', '')}`,
        'parcel-claims audit: cannot replay parcel TSS-2026-000042: EventDecodeFailed: Cannot decode event "ParcelReceivedAtHub" at revision 3 of stream "parcel-TSS-2026-000042": invalid event ParcelReceivedAtHub: $.data.forged: expected no such field, found true',
        '',
      ].join('\n'),
    });
  }, 60_000);
});

describe('an event whose hash format is set to one verify does not know (PostgreSQL)', () => {
  const schema = testSchema('tamper_version');
  afterAll(() => dropSchema(schema));

  it('verify names it as unknown-hash-version with the known versions expected, and exits 1', async () => {
    const store = ['--store', pgUrl, '--schema', schema];
    expect((await cli(['demo', ...store])).code).toBe(0);
    const opened = await openPostgresStore(pgUrl, { schema });
    try {
      await opened.executor.query(
        `UPDATE ${eventsTable(schema)} SET hash_version = 2 WHERE stream_id = 'parcel-TSS-2026-000042' AND revision = 5`,
      );
    } finally {
      await opened.close();
    }
    expect(await cli(['verify', 'TSS-2026-000042', ...store])).toEqual({
      code: 1,
      stdout:
        'BROKEN parcel-TSS-2026-000042@5: unknown-hash-version (expected 1, found 2)\n' +
        '1 stream(s), 18 event(s) checked (0 events/s): 1 broken stream(s).\n',
      stderr: '',
    });
  }, 60_000);
});

describe('every single-event alteration of a generated history is caught (PostgreSQL)', () => {
  const schema = testSchema('tamper_prop');
  afterAll(() => dropSchema(schema));

  it('names the first broken event', async () => {
    const opened = await openPostgresStore(pgUrl, { schema });
    const counts: Record<TamperKind, number> = { modify: 0, delete: 0, swap: 0, insert: 0 };
    let streams = 0;
    let empty = 0;
    try {
      await fc.assert(
        fc.asyncProperty(
          arbHistory({ noise: 6 }),
          fc.constantFrom<TamperKind>('modify', 'delete', 'swap', 'insert'),
          fc.nat(),
          async (history, wanted, pick) => {
            streams += 1;
            const streamId = `parcel-generated-${streams}`;
            const toAppend: EventToAppend[] = history.events.map((event, index) => ({
              eventId: crypto.randomUUID(),
              type: event.type,
              data: event.data,
              metadata: {
                commandId: `${streamId}-${index}`,
                correlationId: `${streamId}-${index}`,
                causationId: `${streamId}-${index}`,
                recordedAt: event.data.at,
                schemaVersion: claimSchemaVersion(event.type),
                actor: null,
              },
            }));
            const [first, ...rest] = toAppend;
            if (first === undefined) {
              empty += 1;
              return;
            }
            await opened.store.append(streamId, [first, ...rest], { expectedVersion: 'no_stream' });
            const events = await opened.store.readStream(streamId);
            const kind = events.length < 2 ? 'modify' : wanted;
            const room = kind === 'delete' || kind === 'swap' ? events.length - 1 : events.length;
            const expected = await tamper(opened.executor, schema, events, kind, pick % room);
            counts[kind] += 1;
            const report = await verifyStore(opened.store, { streams: [streamId] });
            expect(report.broken).toEqual([expected]);
          },
        ),
        { numRuns: 40 },
      );
    } finally {
      await opened.close();
    }
    // Every run altered a stream (or had no events to alter), and every kind of alteration ran.
    expect(Object.values(counts).reduce((a, b) => a + b, empty)).toBe(40);
    expect(Object.entries(counts).filter(([, n]) => n === 0)).toEqual([]);
  }, 120_000);
});
