import { setImmediate } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { type EventStore, inMemoryEventStore, type SubscriptionMessage } from '../../src/index.js';
import { collectBatches } from '../support/collect.js';
import { noted } from '../support/events.js';

/** A message as `stream@position` or `caught-up@position`, for exact comparisons. */
const label = (message: SubscriptionMessage): string =>
  message.kind === 'event'
    ? `${message.event.streamId}@${message.event.position}`
    : `caught-up@${message.position}`;

/** Takes the next `count` messages of an iterator. */
const take = async (
  iterator: AsyncIterator<SubscriptionMessage>,
  count: number,
): Promise<readonly string[]> => {
  const labels: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const next = await iterator.next();
    if (next.done === true) break;
    labels.push(label(next.value));
  }
  return labels;
};

const seeded = async (): Promise<EventStore> => {
  const store = inMemoryEventStore();
  await store.append('account-1', [noted(1), noted(2)], { expectedVersion: 'no_stream' });
  await store.append('ledger-1', [noted(3)], { expectedVersion: 'no_stream' });
  return store;
};

describe('in-memory store: subscribe', () => {
  it('catches up, signals caught-up once, then delivers live events', async () => {
    const store = await seeded();
    const subscription = store.subscribe();
    const iterator = subscription[Symbol.asyncIterator]();
    expect(await take(iterator, 4)).toEqual(['account-1@1', 'account-1@2', 'ledger-1@3', 'caught-up@3']);
    const live = take(iterator, 2);
    await store.append('account-1', [noted(4)], { expectedVersion: 1n });
    await store.append('account-2', [noted(5)], { expectedVersion: 'no_stream' });
    expect(await live).toEqual(['account-1@4', 'account-2@5']);
    await subscription.close();
  });

  it('starts after an exclusive position', async () => {
    const store = await seeded();
    const subscription = store.subscribe({ after: 2n });
    expect(await take(subscription[Symbol.asyncIterator](), 2)).toEqual(['ledger-1@3', 'caught-up@3']);
    await subscription.close();
  });

  it('signals caught-up at the start position when there is nothing to catch up', async () => {
    const empty = inMemoryEventStore();
    const fromStart = empty.subscribe();
    expect(await take(fromStart[Symbol.asyncIterator](), 1)).toEqual(['caught-up@0']);
    await fromStart.close();
    const store = await seeded();
    const fromEnd = store.subscribe({ after: 3n });
    expect(await take(fromEnd[Symbol.asyncIterator](), 1)).toEqual(['caught-up@3']);
    await fromEnd.close();
  });

  it('filters by stream prefix; caught-up reports the last position passed', async () => {
    const store = await seeded();
    const subscription = store.subscribe({ filter: { streamPrefix: 'account-' } });
    const iterator = subscription[Symbol.asyncIterator]();
    expect(await take(iterator, 3)).toEqual(['account-1@1', 'account-1@2', 'caught-up@3']);
    const live = take(iterator, 1);
    await store.append('ledger-1', [noted(4)], { expectedVersion: 0n });
    await store.append('account-9', [noted(5)], { expectedVersion: 'no_stream' });
    expect(await live).toEqual(['account-9@5']);
    await subscription.close();
  });

  it('close ends a pending read and every later one', async () => {
    const store = await seeded();
    const subscription = store.subscribe({ after: 3n });
    const iterator = subscription[Symbol.asyncIterator]();
    expect(await take(iterator, 1)).toEqual(['caught-up@3']);
    const pending = iterator.next();
    await subscription.close();
    expect(await pending).toEqual({ done: true, value: undefined });
    await store.append('account-1', [noted(4)], { expectedVersion: 1n });
    expect(await iterator.next()).toEqual({ done: true, value: undefined });
  });

  it('leaving a for-await loop closes the subscription', async () => {
    const store = await seeded();
    const subscription = store.subscribe();
    const seen: string[] = [];
    for await (const message of subscription) {
      seen.push(label(message));
      if (message.kind === 'caught-up') break;
    }
    expect(seen).toEqual(['account-1@1', 'account-1@2', 'ledger-1@3', 'caught-up@3']);
    expect(await subscription[Symbol.asyncIterator]().next()).toEqual({ done: true, value: undefined });
  });

  it('delivers every event exactly once, in global order, while writers append during catch-up and live', async () => {
    const store = inMemoryEventStore();
    const streams = ['account-1', 'account-2', 'account-3'] as const;
    let n = 0;
    const writer = async (streamId: string, count: number) => {
      for (let i = 0; i < count; i += 1) {
        n += 1;
        await store.append(streamId, [noted(n)], { expectedVersion: 'any' });
        // Yield to the event loop so subscribers run between appends.
        await setImmediate();
      }
    };
    await writer('account-1', 30);

    const consume = async (): Promise<readonly string[]> => {
      const seen: string[] = [];
      for await (const message of store.subscribe()) {
        seen.push(label(message));
        if (seen.length === 1 + 30 + 3 * 40) break;
      }
      return seen;
    };
    const consumers = Promise.all([consume(), consume()]);
    await Promise.all(streams.map((streamId) => writer(streamId, 40)));

    const all = (await collectBatches(store.readAll()))
      .flat()
      .map((event) => `${event.streamId}@${event.position}`);
    expect(all).toHaveLength(150);
    for (const seen of await consumers) {
      expect(seen.filter((entry) => !entry.startsWith('caught-up'))).toEqual(all);
      const caughtUp = seen.flatMap((entry, index) => (entry.startsWith('caught-up') ? [index] : []));
      expect(caughtUp).toHaveLength(1);
      // Both phases ran: the 30 stored events were caught up on, and appends arrived live after.
      expect(caughtUp[0]).toBeGreaterThanOrEqual(30);
      expect(caughtUp[0]).toBeLessThan(seen.length - 1);
    }
  });
});
