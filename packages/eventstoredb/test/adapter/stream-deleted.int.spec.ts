import { jsonEvent } from '@eventstore/db-client';
import { DuplicateEventIds, InvalidStreamId } from '@parcel-claims/eventsourcing';
import { afterAll, describe, expect, it } from 'vitest';
import { StreamDeleted, UnreadableEvent } from '../../src/index.js';
import { freshStream, sampleEvent } from '../support/sample-events.js';
import { openStore, standInForFile } from '../support/stand-in-fixture.js';

const standIn = standInForFile();

describe('the adapter where EventStoreDB and the port differ', async () => {
  const { client, store, dispose } = openStore((await standIn()).connectionString);
  afterAll(dispose);

  it('a tombstoned stream is StreamDeleted on read and on append, not an empty stream', async () => {
    const parcel = freshStream('parcel');
    await store.append(parcel, [sampleEvent(1)], { expectedVersion: 'no_stream' });
    await client.tombstoneStream(parcel);
    await expect(store.readStream(parcel)).rejects.toStrictEqual(new StreamDeleted({ streamId: parcel }));
    await expect(store.append(parcel, [sampleEvent(2)], { expectedVersion: 'any' })).rejects.toStrictEqual(
      new StreamDeleted({ streamId: parcel }),
    );
  });

  it('the same id appended to two streams at once: one append wins, the other is DuplicateEventIds', async () => {
    const event = sampleEvent(1);
    const [one, two] = [freshStream('one'), freshStream('two')];
    const settled = await Promise.allSettled([
      store.append(one, [event], { expectedVersion: 'no_stream' }),
      store.append(two, [event], { expectedVersion: 'no_stream' }),
    ]);
    const refused = settled.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason] : []));
    expect(refused).toHaveLength(1);
    expect(refused[0]).toBeInstanceOf(DuplicateEventIds);
    const lengths = [(await store.readStream(one)).length, (await store.readStream(two)).length];
    expect(lengths.sort()).toEqual([0, 1]);
  });

  it('refuses stream ids EventStoreDB keeps for system streams', async () => {
    const refusal = await store
      .append('$system-like', [sampleEvent(1)], { expectedVersion: 'any' })
      .catch((e) => e);
    expect(refusal).toStrictEqual(new InvalidStreamId({ streamId: '$system-like' }));
  });

  it('stores event ids as the server returns them, in lowercase, and the chain over that form', async () => {
    const parcel = freshStream('parcel');
    const event = sampleEvent(1);
    await store.append(parcel, [{ ...event, eventId: event.eventId.toUpperCase() }], {
      expectedVersion: 'no_stream',
    });
    const [recorded] = await store.readStream(parcel);
    expect(recorded?.eventId).toBe(event.eventId);
    const repeat = await store.append(parcel, [event], { expectedVersion: 'no_stream' });
    expect(repeat.alreadyApplied).toBe(true);
  });

  it('an event another program wrote into a user stream is UnreadableEvent, not a silent gap', async () => {
    const foreign = freshStream('foreign');
    await client.appendToStream(foreign, jsonEvent({ type: 'Foreign', data: { no: 'hash chain' } }));
    await expect(store.readStream(foreign)).rejects.toBeInstanceOf(UnreadableEvent);
  });

  it('a subscription after a position inside a record starts with the next event', async () => {
    const parcel = freshStream('parcel');
    await store.append(parcel, [sampleEvent(1), sampleEvent(2)], { expectedVersion: 'no_stream' });
    const [first, second] = await store.readStream(parcel);
    const subscription = store.subscribe({
      after: (second?.position ?? 0n) - 1n,
      filter: { streamPrefix: parcel },
    });
    const iterator = subscription[Symbol.asyncIterator]();
    expect((await iterator.next()).value).toEqual({ kind: 'event', event: second });
    expect((await iterator.next()).value).toMatchObject({ kind: 'caught-up' });
    await subscription.close();
    expect(first?.revision).toBe(0n);
  });
});
