import { randomUUID } from 'node:crypto';
import { type RecordedEvent, verifyStream } from '@parcel-claims/eventsourcing';
import { afterAll, describe, expect, it } from 'vitest';
import { migrations, type PgExecutor, pgExecutor, postgresEventStore, schemaNames } from '../src/index.js';
import { collectUntil } from './support/collect-until.js';
import { followLog, writeFromEach } from './support/concurrent-writers.js';
import { openTransaction } from './support/open-transaction.js';
import { pgStoreFixture } from './support/pg-store-fixture.js';
import { pgUrl } from './support/pg-url.js';
import { sampleEvent } from './support/sample-event.js';
import { slowCommitExecutor } from './support/slow-commit-executor.js';
import { waitUntil } from './support/wait-until.js';

// Connections: the store's pool, its LISTEN, a held transaction, a blocked append and readers.
const fixture = pgStoreFixture('order', 6);
// A schema before the Merkle tree (migration 6): its NOT NULL leaf index refuses an event
// written without the append functions, the very writer the hazard needs.
const beforeTree = pgStoreFixture('hazard', 3, migrations.slice(0, 5));
const extraPools: PgExecutor[] = [];

afterAll(async () => {
  await Promise.all(extraPools.map((pool) => pool.close()));
});

const ownEvents = async (prefix: string, store = fixture.store()): Promise<readonly RecordedEvent[]> => {
  const events: RecordedEvent[] = [];
  for await (const batch of store.readAll()) {
    events.push(...batch.filter((event) => event.streamId.startsWith(prefix)));
  }
  return events;
};

const idsOf = (events: readonly RecordedEvent[]) => events.map((event) => event.eventId);

const notIncreasing = (events: readonly RecordedEvent[]) =>
  events.flatMap((event, index) => {
    const previous = events[index - 1];
    return previous !== undefined && event.position <= previous.position
      ? [[previous.position, event.position]]
      : [];
  });

/** Appends waiting for the append lock of this file's schema. */
const appendsWaitingForTheLock = async (): Promise<number> => {
  const { rows } = await fixture.executor().query(
    `SELECT count(*)::int AS waiting FROM pg_locks
      WHERE locktype = 'advisory' AND NOT granted AND objid = $1::text::regclass::oid`,
    [schemaNames(fixture.schema).qualified('events')],
  );
  return Number(rows[0]?.waiting);
};

describe('global order on PostgreSQL', () => {
  it('the hazard: a position taken outside the append lock and committed late is skipped by a subscriber', async () => {
    const store = beforeTree.store();
    const prefix = `hazard-${randomUUID()}-`;
    const subscription = store.subscribe({ filter: { streamPrefix: prefix } });
    const iterator = subscription[Symbol.asyncIterator]();
    expect((await iterator.next()).value).toMatchObject({ kind: 'caught-up' });

    // A writer that bypasses append_events: its position is taken now, its commit comes later.
    const late = await openTransaction(beforeTree.executor().pool);
    const names = schemaNames(beforeTree.schema);
    await late.executor.query(
      `INSERT INTO ${names.qualified('events')} (position, stream_id, revision, event_id, type, data,
         command_id, correlation_id, causation_id, recorded_at, schema_version, hash)
       VALUES (nextval('${names.qualified('event_position')}'), $1, 0, $2, 'Late', '{}', 'c', 'c', 'c',
         '2026-03-02T09:00:00.000Z', 1, 'unchained')`,
      [`${prefix}late`, randomUUID()],
    );
    const onTime = sampleEvent(1);
    await store.append(`${prefix}on-time`, [onTime], { expectedVersion: 'no_stream' });
    expect((await iterator.next()).value).toMatchObject({
      kind: 'event',
      event: { eventId: onTime.eventId },
    });
    await late.commit();
    const fence = sampleEvent(2);
    await store.append(`${prefix}fence`, [fence], { expectedVersion: 'no_stream' });
    expect((await iterator.next()).value).toMatchObject({ kind: 'event', event: { eventId: fence.eventId } });
    await subscription.close();
    // The log holds the late event before the one the subscriber saw: it was skipped for good.
    expect((await ownEvents(prefix, store)).map((event) => event.type)).toEqual([
      'Late',
      'ParcelNoted',
      'ParcelNoted',
    ]);
  });

  it('an append whose transaction is still open holds back every later append, so no reader passes it', async () => {
    const store = fixture.store();
    const prefix = `held-${randomUUID()}-`;
    const subscription = store.subscribe({ filter: { streamPrefix: prefix } });
    const iterator = subscription[Symbol.asyncIterator]();
    expect((await iterator.next()).value).toMatchObject({ kind: 'caught-up' });

    const held = await openTransaction(fixture.executor().pool);
    const first = sampleEvent(1);
    const firstResult = await postgresEventStore({ executor: held.executor, schema: fixture.schema }).append(
      `${prefix}held`,
      [first],
      { expectedVersion: 'no_stream' },
    );
    const second = sampleEvent(2);
    const secondResult = store.append(`${prefix}next`, [second], { expectedVersion: 'no_stream' });
    await waitUntil(async () => (await appendsWaitingForTheLock()) > 0);
    expect(await ownEvents(prefix)).toEqual([]);

    await held.commit();
    expect(firstResult.position).toBeLessThan((await secondResult).position);
    expect((await iterator.next()).value).toMatchObject({ kind: 'event', event: { eventId: first.eventId } });
    expect((await iterator.next()).value).toMatchObject({
      kind: 'event',
      event: { eventId: second.eventId },
    });
    await subscription.close();
    expect(idsOf(await ownEvents(prefix))).toEqual([first.eventId, second.eventId]);
  });

  it('8 writers on their own connections, some committing late, while subscribers and a reader follow: every event once, in order, none skipped', async () => {
    const store = fixture.store();
    const prefix = `writers-${randomUUID()}-`;
    const writers = 8;
    const perWriter = 24;
    const lateCommits = [0.002, 0.011, 0.023, 0.005];
    let lateCommit = 0;
    const nextLateCommit = () => {
      lateCommit += 1;
      return lateCommits[lateCommit % lateCommits.length] ?? 0;
    };
    const stores = Array.from({ length: writers }, (_, index) => {
      const executor = pgExecutor({ connectionString: pgUrl, max: 1 });
      extraPools.push(executor);
      // Three writers hold every transaction open a little before committing.
      const writerExecutor = index < 3 ? slowCommitExecutor(executor.pool, nextLateCommit) : executor;
      return postgresEventStore({ executor: writerExecutor, schema: fixture.schema });
    });
    let fenceId: string | undefined;
    const lastId = () => fenceId;

    const early = collectUntil(store.subscribe({ filter: { streamPrefix: prefix } }), lastId);
    let startLate: () => void = () => undefined;
    const lateStarts = new Promise<void>((resolve) => {
      startLate = resolve;
    });
    const late = lateStarts.then(() =>
      collectUntil(store.subscribe({ filter: { streamPrefix: prefix } }), lastId),
    );
    const reader = followLog(store, prefix, lastId);
    const written = await writeFromEach(stores, prefix, perWriter, (index, n) => {
      if (index === 0 && n === 8) startLate();
    });
    const fence = sampleEvent(99_999);
    fenceId = fence.eventId;
    await store.append(`${prefix}fence`, [fence], { expectedVersion: 'no_stream' });

    const log = await ownEvents(prefix);
    const appended = [...written.flat(), fence.eventId];
    expect(log).toHaveLength(writers * perWriter + 1);
    expect([...idsOf(log)].sort()).toEqual([...appended].sort());
    expect(notIncreasing(log)).toEqual([]);
    expect(await early).toEqual(log);
    expect(await reader).toEqual(log);
    // It subscribed while the writers were busy: catch-up and live joined without a gap.
    expect(await late).toEqual(log);
    const streams = [...new Set(log.map((event) => event.streamId))];
    for (const streamId of streams) {
      expect(verifyStream(await store.readStream(streamId))).toEqual({ ok: true });
    }
  }, 60_000);
});
