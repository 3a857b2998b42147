import { randomUUID } from 'node:crypto';
import {
  type EventToAppend,
  InvalidStreamId,
  StoreUnavailable,
  sealEventsAsText,
  verifyStream,
  verifyStreamText,
} from '@parcel-claims/eventsourcing';
import * as E from 'fp-ts/lib/Either.js';
import type { ReadonlyNonEmptyArray } from 'fp-ts/lib/ReadonlyNonEmptyArray.js';
import { describe, expect, it } from 'vitest';
import { InvalidSchemaName, pgExecutor, postgresEventStore } from '../src/index.js';
import { countingExecutor } from './support/counting-executor.js';
import { pgStoreFixture } from './support/pg-store-fixture.js';
import { pgUrl } from './support/pg-url.js';
import { sampleEvent } from './support/sample-event.js';

// What the contract suite cannot see: round trips, a second process on the same schema, the
// locked fallback, polling without LISTEN, and failures.
const fixture = pgStoreFixture('store');

const stream = (name: string) => `store-${randomUUID()}-${name}`;

describe('the PostgreSQL store beyond the contract', () => {
  it('appends in one round trip when the stream head is known: new streams, after a read, after an append', async () => {
    const counted = countingExecutor(fixture.executor());
    const store = postgresEventStore({ executor: counted.executor, schema: fixture.schema });
    const parcel = stream('parcel');
    await store.append(parcel, [sampleEvent(1), sampleEvent(2)], { expectedVersion: 'no_stream' });
    expect(counted.counts()).toEqual({ statements: 1, appendCalls: 1, transactions: 0 });

    // A command handler reads the stream, then appends at the revision it read.
    const other = postgresEventStore({ executor: counted.executor, schema: fixture.schema });
    await other.readStream(parcel);
    counted.reset();
    await other.append(parcel, [sampleEvent(3)], { expectedVersion: 1n });
    await other.append(parcel, [sampleEvent(4)], { expectedVersion: 'stream_exists' });
    await other.append(parcel, [sampleEvent(5)], { expectedVersion: 'any' });
    expect(counted.counts()).toEqual({ statements: 3, appendCalls: 3, transactions: 0 });
    expect(verifyStream(await store.readStream(parcel))).toEqual({ ok: true });
  });

  it('a head another process moved costs one more round trip, never a broken chain', async () => {
    const counted = countingExecutor(fixture.executor());
    const first = postgresEventStore({ executor: counted.executor, schema: fixture.schema });
    const second = postgresEventStore({ executor: fixture.executor(), schema: fixture.schema });
    const parcel = stream('parcel');
    await first.append(parcel, [sampleEvent(1)], { expectedVersion: 'no_stream' });
    await second.append(parcel, [sampleEvent(2)], { expectedVersion: 'any' });
    counted.reset();
    const result = await first.append(parcel, [sampleEvent(3)], { expectedVersion: 'any' });
    expect(result).toMatchObject({ nextExpectedRevision: 2n, alreadyApplied: false });
    expect(counted.counts()).toMatchObject({ appendCalls: 2, transactions: 0 });
    const events = await first.readStream(parcel);
    expect(events.map((event) => event.revision)).toEqual([0n, 1n, 2n]);
    expect(verifyStream(events)).toEqual({ ok: true });
  });

  it('a writer that keeps losing the race for a busy stream appends under the lock in a transaction', async () => {
    const parcel = stream('parcel');
    const rival = postgresEventStore({ executor: fixture.executor(), schema: fixture.schema });
    let interruptions = 0;
    // Before each of the writer's first two calls, a rival appends: the head it chained onto moves.
    const counted = countingExecutor(fixture.executor(), async () => {
      if (interruptions >= 2) return;
      interruptions += 1;
      await rival.append(parcel, [sampleEvent(100 + interruptions)], { expectedVersion: 'any' });
    });
    const writer = postgresEventStore({ executor: counted.executor, schema: fixture.schema });
    await rival.append(parcel, [sampleEvent(1)], { expectedVersion: 'no_stream' });
    await writer.readStream(parcel);
    counted.reset();
    const result = await writer.append(parcel, [sampleEvent(2)], { expectedVersion: 'any' });
    expect(result).toMatchObject({ nextExpectedRevision: 3n, alreadyApplied: false });
    expect(counted.counts()).toMatchObject({ appendCalls: 2, transactions: 1 });
    const events = await rival.readStream(parcel);
    expect(events.map((event) => event.metadata.commandId)).toEqual([
      'command-1',
      'command-101',
      'command-102',
      'command-2',
    ]);
    expect(verifyStream(events)).toEqual({ ok: true });
  });

  it('keeps data exactly as JSON carries it, including what jsonb would refuse or change', async () => {
    const store = fixture.store();
    const parcel = stream('parcel');
    const data = {
      nul: 'before\u0000after',
      tiny: 5e-324,
      huge: 1.7976931348623157e308,
      negativeZero: 0,
      nested: { z: 1, a: [true, null, 'ü'] },
      '10': 'integer-like key',
    };
    await store.append(parcel, [sampleEvent(1, data)], { expectedVersion: 'no_stream' });
    const [recorded] = await store.readStream(parcel);
    expect(recorded?.data).toEqual(data);
    expect(verifyStream(await store.readStream(parcel))).toEqual({ ok: true });
  });

  it('reads the data text it sealed, and verifyStreamText checks those bytes as they are stored', async () => {
    const store = fixture.store();
    const parcel = stream('parcel');
    const events: ReadonlyNonEmptyArray<EventToAppend> = [
      sampleEvent(1, { z: 'ü', '10': 1, a: [2.5, null] }),
      sampleEvent(2),
      sampleEvent(3),
    ];
    await store.append(parcel, events, { expectedVersion: 'no_stream' });
    const sealed = sealEventsAsText({ streamId: parcel, nextRevision: 0n, previousHash: null, events });
    if (E.isLeft(sealed)) throw sealed.left;
    const read = await store.readStreamText(parcel);
    const recorded = await store.readStream(parcel);
    expect(read).toEqual(
      sealed.right.map((event, index) => ({ ...event, position: recorded[index]?.position })),
    );
    expect(read.map((event) => event.dataText)).toEqual([
      '{"10":1,"a":[2.5,null],"z":"ü"}',
      '{"n":2}',
      '{"n":3}',
    ]);
    expect(verifyStreamText(read)).toEqual({ ok: true });

    const rewrite = (revision: number, text: string) =>
      fixture
        .executor()
        .query(`UPDATE ${fixture.schema}.events SET data = $1::json WHERE stream_id = $2 AND revision = $3`, [
          text,
          parcel,
          String(revision),
        ]);
    // The same value in another spacing and key order, as an older release wrote it, verifies.
    await rewrite(0, '{ "z": "ü", "a": [2.5, null], "10": 1 }');
    expect((await store.readStreamText(parcel))[0]?.dataText).toBe('{ "z": "ü", "a": [2.5, null], "10": 1 }');
    expect(verifyStreamText(await store.readStreamText(parcel))).toEqual({ ok: true });
    // Another value does not, and is reported as verifyStream reports it.
    await rewrite(1, '{"n":20}');
    const broken = verifyStreamText(await store.readStreamText(parcel));
    expect(broken).toEqual(verifyStream(await store.readStream(parcel)));
    expect(broken).toMatchObject({ ok: false, streamId: parcel, revision: 1n, reason: 'hash-mismatch' });
    await expect(store.readStreamText('not a stream id')).rejects.toBeInstanceOf(InvalidStreamId);
  });

  it('delivers live events by polling alone when no notifications are configured', async () => {
    const store = postgresEventStore({
      executor: fixture.executor(),
      schema: fixture.schema,
      pollIntervalMs: 20,
    });
    const prefix = stream('');
    const subscription = store.subscribe({ filter: { streamPrefix: prefix } });
    const iterator = subscription[Symbol.asyncIterator]();
    try {
      expect((await iterator.next()).value).toMatchObject({ kind: 'caught-up' });
      const event = sampleEvent(1);
      await store.append(`${prefix}parcel`, [event], { expectedVersion: 'no_stream' });
      expect((await iterator.next()).value).toMatchObject({
        kind: 'event',
        event: { eventId: event.eventId },
      });
    } finally {
      await store.close();
    }
    expect(await iterator.next()).toEqual({ done: true, value: undefined });
  });

  it('close() ends every open subscription of the store', async () => {
    const store = postgresEventStore({ executor: fixture.executor(), schema: fixture.schema });
    const iterators = [store.subscribe(), store.subscribe()].map((subscription) =>
      subscription[Symbol.asyncIterator](),
    );
    await store.close();
    expect(await Promise.all(iterators.map((iterator) => iterator.next()))).toEqual([
      { done: true, value: undefined },
      { done: true, value: undefined },
    ]);
  });

  it('refuses to append under REPEATABLE READ, where the lock could not make reads current', async () => {
    const executor = pgExecutor({
      connectionString: pgUrl,
      max: 1,
      options: '-c default_transaction_isolation=repeatable\\ read',
    });
    try {
      const store = postgresEventStore({ executor, schema: fixture.schema });
      const failure = await store
        .append(stream('parcel'), [sampleEvent(1)], { expectedVersion: 'no_stream' })
        .then(
          () => undefined,
          (error: unknown) => error,
        );
      expect(failure).toBeInstanceOf(StoreUnavailable);
      expect(failure).toMatchObject({ message: expect.stringContaining('needs READ COMMITTED') });
    } finally {
      await executor.close();
    }
  });

  it('reports an unreachable server as StoreUnavailable from every operation', async () => {
    const executor = pgExecutor({ connectionString: 'postgres://postgres@127.0.0.1:1/test', max: 1 });
    const store = postgresEventStore({ executor, schema: fixture.schema });
    try {
      await expect(store.append('s', [sampleEvent(1)], { expectedVersion: 'any' })).rejects.toBeInstanceOf(
        StoreUnavailable,
      );
      await expect(store.readStream('s')).rejects.toBeInstanceOf(StoreUnavailable);
      await expect(store.readStreamText('s')).rejects.toBeInstanceOf(StoreUnavailable);
      await expect(store.readAll()[Symbol.asyncIterator]().next()).rejects.toBeInstanceOf(StoreUnavailable);
      await expect(store.subscribe()[Symbol.asyncIterator]().next()).rejects.toBeInstanceOf(StoreUnavailable);
    } finally {
      await store.close();
      await executor.close();
    }
  });

  it('refuses a schema name that is not a plain identifier before touching the database', () => {
    expect(() =>
      postgresEventStore({ executor: fixture.executor(), schema: 'x"; DROP SCHEMA y; --' }),
    ).toThrow(InvalidSchemaName);
  });
});
