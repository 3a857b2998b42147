import { randomUUID } from 'node:crypto';
import {
  type AppendResult,
  DuplicateEventIds,
  type EventStore,
  type EventToAppend,
  type RecordedEvent,
  StoreUnavailable,
  VersionConflict,
  verifyStream,
} from '@parcel-claims/eventsourcing';
import { afterAll, describe, expect, it } from 'vitest';
import { type PgExecutor, pgExecutor, postgresEventStore, schemaNames } from '../src/index.js';
import { collectUntil } from './support/collect-until.js';
import { followLog, writeFromEach } from './support/concurrent-writers.js';
import { countingExecutor } from './support/counting-executor.js';
import { pgStoreFixture } from './support/pg-store-fixture.js';
import { pgUrl } from './support/pg-url.js';
import { sampleEvent } from './support/sample-event.js';
import { waitUntil } from './support/wait-until.js';

// Group commit: appends that reach one store together share one call of append_batches, one
// transaction. Rows written by one transaction share its xmin, which is how these tests see,
// on the server, which appends went together.
const fixture = pgStoreFixture('group', 6);
const extraPools: PgExecutor[] = [];

afterAll(async () => {
  await Promise.all(extraPools.map((pool) => pool.close()));
});

/** Resolves once the callbacks already due have run, a group leaving among them if one was ready. */
const afterDueCallbacks = () =>
  new Promise<void>((resolve) => {
    setImmediate(resolve);
  });

const streamOf = (prefix: string) => (name: string) => `${prefix}${name}`;

/** A store on the fixture's pool whose statements are counted. */
const countedStore = (maxAppendsPerGroup?: number) => {
  const counted = countingExecutor(fixture.executor());
  const store = postgresEventStore({
    executor: counted.executor,
    schema: fixture.schema,
    ...(maxAppendsPerGroup === undefined ? {} : { maxAppendsPerGroup }),
  });
  return { counted, store };
};

/** For each stream of `prefix`, in order of position: its events' revisions and which transaction wrote them. */
const transactionsOf = async (prefix: string) => {
  const { rows } = await fixture.executor().query(
    `SELECT stream_id, revision::text AS revision, xmin::text AS xmin
       FROM ${schemaNames(fixture.schema).qualified('events')}
      WHERE starts_with(stream_id, $1::text) ORDER BY position`,
    [prefix],
  );
  const xmins = [...new Set(rows.map((row) => String(row.xmin)))];
  return rows.map((row) => [row.stream_id, row.revision, xmins.indexOf(String(row.xmin))]);
};

const outcome = <T>(promise: Promise<T>): Promise<{ readonly result: T } | { readonly error: unknown }> =>
  promise.then(
    (result) => ({ result }),
    (error: unknown) => ({ error }),
  );

describe('group commit on PostgreSQL', () => {
  it('appends started together are written in one transaction, and each caller gets its own result', async () => {
    const { counted, store } = countedStore();
    const prefix = `together-${randomUUID()}-`;
    const stream = streamOf(prefix);
    const events = Array.from({ length: 8 }, (_, n) => sampleEvent(n));
    const results = await Promise.all(
      events.map((event, n) =>
        store.append(stream(`parcel-${n}`), [event], { expectedVersion: 'no_stream' }),
      ),
    );
    expect(counted.counts()).toEqual({ statements: 1, appendCalls: 1, transactions: 0 });
    const first = results[0]?.position ?? 0n;
    expect(results).toEqual(
      events.map((_, n) => ({
        nextExpectedRevision: 0n,
        position: first + BigInt(n),
        alreadyApplied: false,
      })),
    );
    expect(await transactionsOf(prefix)).toEqual(events.map((_, n) => [stream(`parcel-${n}`), '0', 0]));
    for (const [n, event] of events.entries()) {
      const [recorded] = await store.readStream(stream(`parcel-${n}`));
      expect(recorded).toMatchObject({ eventId: event.eventId, data: { n }, position: first + BigInt(n) });
    }
  });

  it('appends that arrive while a group is in flight wait, and go together into the next one', async () => {
    let releaseFirst: () => void = () => undefined;
    const firstHeld = new Promise<void>((resolve) => {
      releaseFirst = resolve;
    });
    let calls = 0;
    // The first call waits before it reaches the server until the test lets it go.
    const counted = countingExecutor(fixture.executor(), async () => {
      calls += 1;
      if (calls === 1) await firstHeld;
    });
    const store = postgresEventStore({ executor: counted.executor, schema: fixture.schema });
    const prefix = `next-${randomUUID()}-`;
    const stream = streamOf(prefix);
    const wave = (label: string) =>
      Promise.all(
        [0, 1, 2].map((n) =>
          store.append(stream(`${label}-${n}`), [sampleEvent(n)], { expectedVersion: 'no_stream' }),
        ),
      );
    const first = wave('first');
    await waitUntil(async () => counted.counts().appendCalls === 1);
    const second = wave('second');
    await afterDueCallbacks();
    const third = wave('third');
    await afterDueCallbacks();
    // Only one call is in flight at a time: the two later waves are still waiting.
    expect(counted.counts().appendCalls).toBe(1);
    releaseFirst();
    await Promise.all([first, second, third]);
    expect(counted.counts()).toEqual({ statements: 2, appendCalls: 2, transactions: 0 });
    expect(await transactionsOf(prefix)).toEqual([
      [stream('first-0'), '0', 0],
      [stream('first-1'), '0', 0],
      [stream('first-2'), '0', 0],
      [stream('second-0'), '0', 1],
      [stream('second-1'), '0', 1],
      [stream('second-2'), '0', 1],
      [stream('third-0'), '0', 1],
      [stream('third-1'), '0', 1],
      [stream('third-2'), '0', 1],
    ]);
  });

  it('two appends to one stream in one group run as one after the other: the second sees the first', async () => {
    const { counted, store } = countedStore();
    const prefix = `same-${randomUUID()}-`;
    const stream = streamOf(prefix);
    await store.append(stream('exact'), [sampleEvent(0)], { expectedVersion: 'no_stream' });
    await store.append(stream('any'), [sampleEvent(0)], { expectedVersion: 'no_stream' });
    counted.reset();
    const [first, second, third, fourth] = await Promise.all([
      outcome(store.append(stream('exact'), [sampleEvent(1)], { expectedVersion: 0n })),
      outcome(store.append(stream('exact'), [sampleEvent(2)], { expectedVersion: 0n })),
      outcome(store.append(stream('any'), [sampleEvent(1)], { expectedVersion: 'any' })),
      outcome(store.append(stream('any'), [sampleEvent(2)], { expectedVersion: 'any' })),
    ]);
    expect(counted.counts()).toEqual({ statements: 1, appendCalls: 1, transactions: 0 });
    const position = (first && 'result' in first ? first.result : undefined)?.position ?? 0n;
    expect(first).toEqual({ result: { nextExpectedRevision: 1n, position, alreadyApplied: false } });
    expect(second).toEqual({
      error: new VersionConflict({ streamId: stream('exact'), expected: 0n, actual: 1n }),
    });
    expect(second).toMatchObject({ error: { streamId: stream('exact'), expected: 0n, actual: 1n } });
    expect(third).toEqual({
      result: { nextExpectedRevision: 1n, position: position + 1n, alreadyApplied: false },
    });
    expect(fourth).toEqual({
      result: { nextExpectedRevision: 2n, position: position + 2n, alreadyApplied: false },
    });
    const exact = await store.readStream(stream('exact'));
    expect(exact.map((event) => event.metadata.commandId)).toEqual(['command-0', 'command-1']);
    const any = await store.readStream(stream('any'));
    expect(any.map((event) => event.metadata.commandId)).toEqual(['command-0', 'command-1', 'command-2']);
    expect(verifyStream(any)).toEqual({ ok: true });
    expect(await transactionsOf(prefix)).toEqual([
      [stream('exact'), '0', 0],
      [stream('any'), '0', 1],
      [stream('exact'), '1', 2],
      [stream('any'), '1', 2],
      [stream('any'), '2', 2],
    ]);
  });

  it('answers a group as the same appends one after another would be answered', async () => {
    const prefix = `serial-${randomUUID()}-`;
    const run = async (store: EventStore, label: string, together: boolean) => {
      const stream = (name: string) => `${prefix}${label}-${name}`;
      await store.append(stream('a'), [sampleEvent(0)], { expectedVersion: 'no_stream' });
      const appends: readonly [string, EventToAppend, Parameters<EventStore['append']>[2]][] = [
        [stream('a'), sampleEvent(1), { expectedVersion: 0n }],
        [stream('a'), sampleEvent(2), { expectedVersion: 0n }],
        [stream('a'), sampleEvent(3), { expectedVersion: 1n }],
        [stream('b'), sampleEvent(4), { expectedVersion: 'stream_exists' }],
        [stream('b'), sampleEvent(5), { expectedVersion: 'no_stream' }],
        [stream('b'), sampleEvent(6), { expectedVersion: 'stream_exists' }],
      ];
      const outcomes: Awaited<ReturnType<typeof outcome<AppendResult>>>[] = [];
      if (together) {
        outcomes.push(
          ...(await Promise.all(
            appends.map(([streamId, event, options]) => outcome(store.append(streamId, [event], options))),
          )),
        );
      } else {
        for (const [streamId, event, options] of appends) {
          outcomes.push(await outcome(store.append(streamId, [event], options)));
        }
      }
      const answers = outcomes.map((answer) =>
        'result' in answer
          ? `written up to revision ${answer.result.nextExpectedRevision}`
          : String(answer.error).replaceAll(`${prefix}${label}-`, ''),
      );
      const streams = await Promise.all(['a', 'b'].map((name) => store.readStream(stream(name))));
      return {
        answers,
        streams: streams.map((events) => events.map((event) => [event.revision, event.metadata.commandId])),
      };
    };
    const grouped = countedStore();
    const alone = countedStore(1);
    const groupedRun = await run(grouped.store, 'grouped', true);
    const aloneRun = await run(alone.store, 'alone', false);
    // Two stream reads each, and the appends' calls.
    expect(grouped.counted.counts()).toEqual({ statements: 4, appendCalls: 2, transactions: 0 });
    expect(alone.counted.counts()).toEqual({ statements: 9, appendCalls: 7, transactions: 0 });
    expect(groupedRun.streams).toEqual([
      [
        [0n, 'command-0'],
        [1n, 'command-1'],
        [2n, 'command-3'],
      ],
      [
        [0n, 'command-5'],
        [1n, 'command-6'],
      ],
    ]);
    expect(groupedRun.answers).toEqual([
      'written up to revision 1',
      'VersionConflict: Version conflict on stream "a": expected revision 0, actual revision 1',
      'written up to revision 2',
      'StreamNotFound: Stream "b" does not exist',
      'written up to revision 0',
      'written up to revision 1',
    ]);
    expect(aloneRun).toEqual(groupedRun);
  });

  it('a retry already applied and a new append in one group: the retry answers as before, the other is written', async () => {
    const { counted, store } = countedStore();
    const prefix = `retry-${randomUUID()}-`;
    const stream = streamOf(prefix);
    const applied = sampleEvent(1);
    const before = await store.append(stream('retried'), [applied], { expectedVersion: 'no_stream' });
    counted.reset();
    const again = sampleEvent(2);
    const [retry, fresh, retryOfFresh] = await Promise.all([
      store.append(stream('retried'), [applied], { expectedVersion: 'no_stream' }),
      store.append(stream('fresh'), [again], { expectedVersion: 'no_stream' }),
      store.append(stream('fresh'), [again], { expectedVersion: 'no_stream' }),
    ]);
    expect(counted.counts()).toEqual({ statements: 1, appendCalls: 1, transactions: 0 });
    expect(retry).toEqual({ nextExpectedRevision: 0n, position: before.position, alreadyApplied: true });
    expect(fresh).toEqual({ nextExpectedRevision: 0n, position: fresh.position, alreadyApplied: false });
    expect(retryOfFresh).toEqual({
      nextExpectedRevision: 0n,
      position: fresh.position,
      alreadyApplied: true,
    });
    expect(await transactionsOf(prefix)).toEqual([
      [stream('retried'), '0', 0],
      [stream('fresh'), '0', 1],
    ]);
  });

  it('a member written after a repeat that planned on a stale head is told it wrote', async () => {
    // The repeat's batch, planned on the stale head, is exactly what another store object wrote
    // there, so the member after it in the group, planned on the repeat's last event, finds the
    // stream ending where it planned and is written: it must be told so, not asked to try again.
    const stale = countedStore();
    const other = countedStore();
    const prefix = `stale-${randomUUID()}-`;
    const streamId = `${prefix}parcel`;
    await stale.store.append(streamId, [sampleEvent(0)], { expectedVersion: 'no_stream' });
    const repeated = sampleEvent(1);
    const original = await other.store.append(streamId, [repeated], { expectedVersion: 0n });
    stale.counted.reset();
    const next = sampleEvent(2);
    const [repeat, written] = await Promise.all([
      stale.store.append(streamId, [repeated], { expectedVersion: 0n }),
      stale.store.append(streamId, [next], { expectedVersion: 1n }),
    ]);
    expect(repeat).toEqual({ nextExpectedRevision: 1n, position: original.position, alreadyApplied: true });
    expect(written).toEqual({ nextExpectedRevision: 2n, position: written.position, alreadyApplied: false });
    // One group wrote the new event; nothing was asked again.
    expect(stale.counted.counts()).toEqual({ statements: 1, appendCalls: 1, transactions: 0 });
    expect(await transactionsOf(prefix)).toEqual([
      [streamId, '0', 0],
      [streamId, '1', 1],
      [streamId, '2', 2],
    ]);
    const events = await stale.store.readStream(streamId);
    expect(events.map((event) => [event.revision, event.eventId])).toEqual([
      [0n, events[0]?.eventId],
      [1n, repeated.eventId],
      [2n, next.eventId],
    ]);
    expect(verifyStream(events)).toEqual({ ok: true });
  });

  it('a member whose event id is recorded in another stream is refused alone; the rest of its group is written', async () => {
    const { counted, store } = countedStore();
    const prefix = `duplicate-${randomUUID()}-`;
    const stream = streamOf(prefix);
    const taken = sampleEvent(1);
    await store.append(stream('owner'), [taken], { expectedVersion: 'no_stream' });
    counted.reset();
    const inGroup = sampleEvent(2);
    const [thief, owner, second, copier] = await Promise.all([
      outcome(store.append(stream('thief'), [sampleEvent(3), taken], { expectedVersion: 'no_stream' })),
      outcome(store.append(stream('owner'), [sampleEvent(4)], { expectedVersion: 0n })),
      outcome(store.append(stream('second'), [inGroup], { expectedVersion: 'no_stream' })),
      outcome(store.append(stream('copier'), [inGroup], { expectedVersion: 'no_stream' })),
    ]);
    expect(counted.counts()).toEqual({ statements: 1, appendCalls: 1, transactions: 0 });
    expect(thief).toEqual({
      error: new DuplicateEventIds({
        streamId: stream('thief'),
        eventIds: [taken.eventId],
        existingStreamId: stream('owner'),
      }),
    });
    expect(thief).toMatchObject({ error: { existingStreamId: stream('owner'), eventIds: [taken.eventId] } });
    expect(owner).toMatchObject({ result: { nextExpectedRevision: 1n, alreadyApplied: false } });
    expect(second).toMatchObject({ result: { nextExpectedRevision: 0n, alreadyApplied: false } });
    expect(copier).toMatchObject({
      error: { existingStreamId: stream('second'), eventIds: [inGroup.eventId] },
    });
    expect(copier).toEqual({
      error: new DuplicateEventIds({
        streamId: stream('copier'),
        eventIds: [inGroup.eventId],
        existingStreamId: stream('second'),
      }),
    });
    expect(await transactionsOf(prefix)).toEqual([
      [stream('owner'), '0', 0],
      [stream('owner'), '1', 1],
      [stream('second'), '0', 1],
    ]);
  });

  it('a member the database refuses fails alone: the group is sent again member by member, and the others are written', async () => {
    const { counted, store } = countedStore();
    const prefix = `poison-${randomUUID()}-`;
    const stream = streamOf(prefix);
    // The schema version column is a PostgreSQL integer, which stops at 2^31 - 1.
    const sample = sampleEvent(2);
    const poisoned: EventToAppend = { ...sample, metadata: { ...sample.metadata, schemaVersion: 2 ** 31 } };
    const [before, bad, after] = await Promise.all([
      outcome(store.append(stream('before'), [sampleEvent(1)], { expectedVersion: 'no_stream' })),
      outcome(store.append(stream('bad'), [poisoned], { expectedVersion: 'no_stream' })),
      outcome(store.append(stream('after'), [sampleEvent(3)], { expectedVersion: 'no_stream' })),
    ]);
    // The group's call, then each member alone.
    expect(counted.counts()).toEqual({ statements: 4, appendCalls: 4, transactions: 0 });
    expect(bad).toMatchObject({ error: expect.any(StoreUnavailable) });
    expect(bad).toMatchObject({ error: { cause: { code: '22003' } } });
    expect(before).toMatchObject({ result: { nextExpectedRevision: 0n, alreadyApplied: false } });
    expect(after).toMatchObject({ result: { nextExpectedRevision: 0n, alreadyApplied: false } });
    expect(await transactionsOf(prefix)).toEqual([
      [stream('before'), '0', 0],
      [stream('after'), '0', 1],
    ]);
  });

  it('appends inside a caller transaction are never grouped: each is a statement of that transaction', async () => {
    const prefix = `inside-${randomUUID()}-`;
    const stream = streamOf(prefix);
    const counts = await fixture.executor().transaction(async (tx) => {
      const counted = countingExecutor(tx);
      const store = postgresEventStore({ executor: counted.executor, schema: fixture.schema });
      await Promise.all(
        [0, 1, 2].map((n) =>
          store.append(stream(`${n}`), [sampleEvent(n)], { expectedVersion: 'no_stream' }),
        ),
      );
      return counted.counts();
    });
    expect(counts).toEqual({ statements: 3, appendCalls: 3, transactions: 0 });
    // One transaction, the caller's.
    expect(await transactionsOf(prefix)).toEqual([
      [stream('0'), '0', 0],
      [stream('1'), '0', 0],
      [stream('2'), '0', 0],
    ]);
  });

  it('8 writers sharing one grouping store while subscribers and a reader follow: every event once, in order', async () => {
    const executor = pgExecutor({ connectionString: pgUrl, max: 4 });
    extraPools.push(executor);
    const counted = countingExecutor(executor);
    const writer = postgresEventStore({ executor: counted.executor, schema: fixture.schema });
    const store = fixture.store();
    const prefix = `writers-${randomUUID()}-`;
    const writers = 8;
    const perWriter = 24;
    let fenceId: string | undefined;
    const lastId = () => fenceId;
    const early = collectUntil(store.subscribe({ filter: { streamPrefix: prefix } }), lastId);
    const reader = followLog(store, prefix, lastId);
    const written = await writeFromEach(
      Array.from({ length: writers }, () => writer),
      prefix,
      perWriter,
    );
    const fence = sampleEvent(99_999);
    fenceId = fence.eventId;
    await writer.append(`${prefix}fence`, [fence], { expectedVersion: 'no_stream' });

    const log: RecordedEvent[] = [];
    for await (const batch of store.readAll())
      log.push(...batch.filter((event) => event.streamId.startsWith(prefix)));
    expect(log).toHaveLength(writers * perWriter + 1);
    expect(log.map((event) => event.eventId).sort()).toEqual([...written.flat(), fence.eventId].sort());
    expect(log.map((event) => event.position)).toEqual(
      [...log.map((event) => event.position)].sort((a, b) => (a < b ? -1 : 1)),
    );
    expect(await early).toEqual(log);
    expect(await reader).toEqual(log);
    for (const streamId of new Set(log.map((event) => event.streamId))) {
      expect(verifyStream(await store.readStream(streamId))).toEqual({ ok: true });
    }
    // Grouped: fewer transactions than appends, and fewer calls than appends.
    const transactions = new Set((await transactionsOf(prefix)).map(([, , transaction]) => transaction));
    expect(transactions.size).toBeLessThan(writers * perWriter);
    expect(counted.counts().appendCalls).toBeLessThan(writers * perWriter);
  }, 60_000);
});
