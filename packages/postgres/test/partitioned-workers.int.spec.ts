import { randomUUID } from 'node:crypto';
import type { RecordedEvent } from '@parcel-claims/eventsourcing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PartitionCountMismatch,
  type PartitionedProjectionWorker,
  partitionedProjectionLag,
  partitionedProjectionWorker,
  schemaNames,
  streamPartition,
} from '../src/index.js';
import { pgStoreFixture } from './support/pg-store-fixture.js';
import { sampleEvent } from './support/sample-event.js';

const fixture = pgStoreFixture('partitions');

/** A projection of its own per test, its streams named with its own prefix, and what each worker applied. */
const projectionOf = (partitions: number, leaseSeconds = 0.3) => {
  const projection = `p-${randomUUID()}`;
  const prefix = `${projection}-`;
  const applied = new Map<string, RecordedEvent[]>();
  const worker = (name: string): PartitionedProjectionWorker =>
    partitionedProjectionWorker({
      executor: fixture.executor(),
      schema: fixture.schema,
      projection,
      partitions,
      worker: name,
      streamPrefix: prefix,
      leaseSeconds,
      names: ['model'],
      applyBatch: async (_tx, pending) => {
        applied.set(name, [...(applied.get(name) ?? []), ...(pending[0]?.events ?? [])]);
      },
    });
  /** Appends to each of `streams` streams its events from revision `from` up to `to`, excluded. */
  const append = async (streams: number, from: number, to: number) => {
    for (let s = 0; s < streams; s += 1)
      for (let r = from; r < to; r += 1)
        await fixture.store().append(`${prefix}${s}`, [sampleEvent(r)], {
          expectedVersion: r === 0 ? 'no_stream' : BigInt(r - 1),
        });
  };
  const lag = () =>
    partitionedProjectionLag(fixture.executor(), {
      schema: fixture.schema,
      projection,
      streamPrefix: prefix,
    });
  return { projection, prefix, applied, worker, append, lag };
};

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('projection workers sharing partitions on PostgreSQL', () => {
  it('SQL and Node put every stream id in the same partition', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }).filter((id) => !id.includes('\u0000')),
        fc.integer({ min: 1, max: 4096 }),
        async (streamId, count) => {
          const { rows } = await fixture
            .executor()
            .query(
              `SELECT mod(('x' || substr(md5($1::text), 1, 8))::bit(32)::bigint, $2::integer)::integer AS partition`,
              [streamId, count],
            );
          expect(rows).toEqual([{ partition: streamPartition(streamId, count) }]);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('the partition count is fixed by the first worker: another count is refused, naming both', async () => {
    const shared = projectionOf(8);
    const first = shared.worker('a');
    await first.join();
    const other = partitionedProjectionWorker({
      executor: fixture.executor(),
      schema: fixture.schema,
      projection: shared.projection,
      partitions: 4,
      worker: 'b',
      names: ['model'],
      applyBatch: async () => undefined,
    });
    const refused = await other.join().then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(PartitionCountMismatch);
    expect(refused).toMatchObject({ projection: shared.projection, stored: 8, requested: 4 });
    await first.stop();
  });

  it('a worker alone takes every partition; one that joins gets its fair share; one that leaves gives its share back', async () => {
    const shared = projectionOf(8);
    const a = shared.worker('a');
    await a.join();
    expect(a.held()).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    const b = shared.worker('b');
    await b.join();
    expect(b.held()).toEqual([]);
    await pause(150);
    await a.step();
    expect(a.held()).toEqual([0, 1, 2, 3]);
    await b.step();
    expect(b.held()).toEqual([4, 5, 6, 7]);
    await b.stop();
    await pause(150);
    await a.step();
    expect(a.held()).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    await a.stop();
  });

  it('a worker that dies keeps its partitions until their leases expire on the database clock; then another takes them and applies what it left', async () => {
    const shared = projectionOf(4, 1);
    const a = shared.worker('a');
    const b = shared.worker('b');
    await a.join();
    await b.join();
    await pause(400);
    await a.step();
    await b.step();
    expect([a.held(), b.held()]).toEqual([
      [0, 1],
      [2, 3],
    ]);
    await shared.append(12, 0, 1);
    await a.step();
    // `a` dies: it is never stepped or stopped again; events keep coming.
    await shared.append(12, 1, 2);
    while ((await b.step()) > 0);
    expect(b.held()).toEqual([2, 3]);
    expect(await shared.lag()).toBeGreaterThan(0);
    await pause(1100);
    while ((await b.step()) > 0);
    expect(b.held()).toEqual([0, 1, 2, 3]);
    expect(await shared.lag()).toBe(0);
    const ids = (name: string) => (shared.applied.get(name) ?? []).map((event) => event.eventId);
    const stored: RecordedEvent[] = [];
    for await (const batch of fixture.store().readAll()) stored.push(...batch);
    expect([...ids('a'), ...ids('b')].sort()).toEqual(
      stored
        .filter((event) => event.streamId.startsWith(shared.prefix))
        .map((event) => event.eventId)
        .sort(),
    );
    const takenOver = (shared.applied.get('b') ?? []).filter(
      (event) => streamPartition(event.streamId, 4) < 2,
    );
    const leftBehind = Array.from({ length: 12 }, (_, n) => `${shared.prefix}${n}`).filter(
      (streamId) => streamPartition(streamId, 4) < 2,
    );
    expect(takenOver.map((event) => [event.streamId, event.revision])).toEqual(
      leftBehind.map((streamId) => [streamId, 1n]),
    );
    await b.stop();
  });

  it('a worker whose lease was taken over writes nothing of its next batch, nor the checkpoints', async () => {
    const shared = projectionOf(2, 30);
    await shared.append(6, 0, 1);
    const a = shared.worker('a');
    await a.join();
    expect(a.held()).toEqual([0, 1]);
    const partitions = schemaNames(fixture.schema).qualified('projection_partitions');
    await fixture
      .executor()
      .query(`UPDATE ${partitions} SET owner = 'b' WHERE projection = $1::text`, [shared.projection]);
    expect(await a.step()).toBe(0);
    expect(shared.applied.get('a')).toBeUndefined();
    const { rows } = await fixture
      .executor()
      .query(
        `SELECT partition, position::integer AS position FROM ${partitions} WHERE projection = $1::text ORDER BY partition`,
        [shared.projection],
      );
    expect(rows).toEqual([
      { partition: 0, position: 0 },
      { partition: 1, position: 0 },
    ]);
    expect(await shared.lag()).toBe(6);
    await a.stop();
  });

  it('each stream is applied in revision order, and the events of a stream by one worker at a time', async () => {
    const shared = projectionOf(4);
    await shared.append(10, 0, 3);
    const a = shared.worker('a');
    await a.join();
    while ((await a.step()) > 0);
    const revisions = new Map<string, bigint[]>();
    for (const event of shared.applied.get('a') ?? [])
      revisions.set(event.streamId, [...(revisions.get(event.streamId) ?? []), event.revision]);
    expect([...revisions.values()]).toEqual(Array.from({ length: 10 }, () => [0n, 1n, 2n]));
    await a.stop();
  });
});
