import { randomUUID } from 'node:crypto';
import type { EventStore, EventToAppend, SubscribeOptions, Subscription } from '@parcel-claims/eventsourcing';
import type { ReadonlyNonEmptyArray } from 'fp-ts/lib/ReadonlyNonEmptyArray.js';
import { sampleEvent } from './sample-event.js';
import type { StoreUnderTest } from './store-factory.js';

/** What one contract test works with: the store and names no other test uses. */
export interface ContractScope {
  readonly store: EventStore;
  /** Prefix of every stream id of this test; no other test's stream id starts with it. */
  readonly prefix: string;
  /** The id of this test's stream called `name`. */
  readonly stream: (name: string) => string;
  /** The nth event of this test: the same value, event id included, each time it is asked for. */
  readonly event: (n: number) => EventToAppend;
  /** Events `first`, `first + 1`, … : `count` of them, at least one. */
  readonly events: (first: number, count: number) => ReadonlyNonEmptyArray<EventToAppend>;
  /** `store.subscribe`, with the subscription closed when the test ends, even if it fails. */
  readonly subscribe: (options?: SubscribeOptions) => Subscription;
  /** Closes the test's subscriptions and disposes of the store. */
  readonly end: () => Promise<void>;
}

/**
 * A scope for one test. Stream and event ids are random per test because a shared store keeps
 * the ids of earlier tests and runs: a fixed id would be a duplicate there.
 */
export const contractScope = ({ store, dispose }: StoreUnderTest): ContractScope => {
  const prefix = `contract-${randomUUID()}-`;
  const eventIds = new Map<number, string>();
  const subscriptions: Subscription[] = [];
  const eventIdOf = (n: number): string => {
    const known = eventIds.get(n);
    if (known !== undefined) return known;
    const fresh = randomUUID();
    eventIds.set(n, fresh);
    return fresh;
  };
  const event = (n: number) => sampleEvent(n, eventIdOf(n));
  return {
    store,
    prefix,
    stream: (name) => `${prefix}${name}`,
    event,
    events: (first, count) => [
      event(first),
      ...Array.from({ length: count - 1 }, (_, index) => event(first + 1 + index)),
    ],
    subscribe: (options) => {
      const subscription = store.subscribe(options);
      subscriptions.push(subscription);
      return subscription;
    },
    end: async () => {
      try {
        await Promise.all(subscriptions.map((subscription) => subscription.close()));
      } finally {
        await dispose?.();
      }
    },
  };
};
