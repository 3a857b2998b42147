import type { RecordedEvent, SubscriptionMessage } from '@parcel-claims/eventsourcing';
import { describe, expect, it } from 'vitest';
import { startStandIn } from '../../src/testing/index.js';
import { freshStream, sampleEvent } from '../support/sample-events.js';
import { openStore } from '../support/stand-in-fixture.js';

/** Reads the iterator until `count` events of `streamId` have arrived, collecting every message. */
const readEvents = async (
  iterator: AsyncIterator<SubscriptionMessage>,
  streamId: string,
  count: number,
  seen: SubscriptionMessage[],
): Promise<void> => {
  const ofStream = () =>
    seen.filter((message) => message.kind === 'event' && message.event.streamId === streamId);
  while (ofStream().length < count) {
    const next = await iterator.next();
    if (next.done === true) throw new Error('The subscription ended');
    seen.push(next.value);
  }
};

const eventsOf = (seen: readonly SubscriptionMessage[]): readonly RecordedEvent[] =>
  seen.flatMap((message) => (message.kind === 'event' ? [message.event] : []));

describe('a subscription across a server restart', () => {
  for (const batchAppend of [true, false]) {
    it(`delivers every event exactly once, in order, after resubscribing (${batchAppend ? 'BatchAppend' : 'Append'})`, async () => {
      const standIn = await startStandIn({ batchAppend });
      const { store, dispose } = openStore(standIn.connectionString);
      try {
        const parcel = freshStream('parcel');
        const write = (n: number, expected: bigint | 'no_stream') =>
          store.append(parcel, [sampleEvent(n)], { expectedVersion: expected });
        await write(0, 'no_stream');
        for (let n = 1; n < 5; n += 1) await write(n, BigInt(n - 1));
        const subscription = store.subscribe({ filter: { streamPrefix: parcel } });
        const iterator = subscription[Symbol.asyncIterator]();
        const seen: SubscriptionMessage[] = [];
        await readEvents(iterator, parcel, 5, seen);
        for (let n = 5; n < 8; n += 1) await write(n, BigInt(n - 1));
        await readEvents(iterator, parcel, 6, seen);

        // The server goes away mid-subscription (event 7 may be in flight) and comes back.
        await standIn.stop();
        await standIn.restart();
        for (let n = 8; n < 12; n += 1) await write(n, BigInt(n - 1));
        await readEvents(iterator, parcel, 12, seen);

        // One more after the resubscription proves nothing else was pending.
        await write(12, 11n);
        await readEvents(iterator, parcel, 13, seen);
        const delivered = eventsOf(seen);
        expect(delivered).toEqual(await store.readStream(parcel));
        expect(delivered.map((event) => event.revision)).toEqual(
          Array.from({ length: 13 }, (_, n) => BigInt(n)),
        );
        expect(seen.filter((message) => message.kind === 'caught-up')).toHaveLength(1);
        await subscription.close();
      } finally {
        await dispose();
        await standIn.stop();
      }
    });
  }

  it('resumes from its cursor when the server is down for a while and events were written before it stopped', async () => {
    const standIn = await startStandIn();
    const writer = openStore(standIn.connectionString);
    const reader = openStore(standIn.connectionString);
    try {
      const parcel = freshStream('parcel');
      await writer.store.append(parcel, [sampleEvent(0)], { expectedVersion: 'no_stream' });
      const iterator = reader.store.subscribe({ filter: { streamPrefix: parcel } })[Symbol.asyncIterator]();
      const seen: SubscriptionMessage[] = [];
      await readEvents(iterator, parcel, 1, seen);
      await writer.store.append(parcel, [sampleEvent(1), sampleEvent(2)], { expectedVersion: 0n });
      await standIn.stop();
      // The reader finds the server gone and retries with backoff until it is back.
      const pending = readEvents(iterator, parcel, 3, seen);
      await standIn.restart();
      await pending;
      expect(eventsOf(seen)).toEqual(await writer.store.readStream(parcel));
    } finally {
      await reader.dispose();
      await writer.dispose();
      await standIn.stop();
    }
  });
});
