import type { EventStoreDBClient } from '@eventstore/db-client';
import {
  type EventStore,
  type LogTree,
  type Subscription,
  type SubscriptionMessage,
  withValidStreamIds,
} from '@parcel-claims/eventsourcing';
import { eventStoreDbLogTree } from '../log-tree/event-store-db-log-tree.js';
import type { AdapterContext } from './adapter-context.js';
import { appendEvents } from './append.js';
import { catchUpSubscription } from './catch-up-subscription.js';
import { readAll } from './read-all.js';
import { readStream } from './read-stream.js';
import type { RetrySettings } from './retry-settings.js';

/** How the EventStoreDB adapter names its own streams, and how it retries calls and resubscribes. */
export interface EventStoreDbStoreOptions {
  /**
   * Prefix of the streams the adapter keeps for itself (event-id claims, the log's tree and its
   * signed checkpoints, projection checkpoints); they are never part of the port's log. Default `'$parcel-claims-'`: a `$` name is a system stream,
   * which subscriptions leave out on the server (writing one needs `$admins` on a secure server).
   */
  readonly internalPrefix?: string;
  /** Retries of a call while the server cannot be reached. Default 4 retries, 100 ms to 2 s. */
  readonly retry?: Partial<RetrySettings>;
  /** Resubscription after a drop. Default: without limit, 100 ms to 5 s between tries. */
  readonly reconnect?: Partial<RetrySettings>;
}

/** The EventStoreDB store: the port, its log's Merkle tree, and `dispose()` to end its subscriptions. */
export interface EventStoreDbStore extends EventStore {
  /** The tree over the log, grown on demand in the stream `<internalPrefix>log-tree` (see the README). */
  readonly tree: LogTree;
  /** Closes every subscription of this store. The client stays open: whoever made it closes it. */
  readonly dispose: () => Promise<void>;
}

const defaultRetry: RetrySettings = { attempts: 4, initialDelayMs: 100, maxDelayMs: 2_000 };
const defaultReconnect: RetrySettings = {
  attempts: Number.POSITIVE_INFINITY,
  initialDelayMs: 100,
  maxDelayMs: 5_000,
};

/**
 * An {@link EventStore} on an EventStoreDB client (`@eventstore/db-client` 6.2.1). Appends go
 * at exact revisions with the caller's event ids, so a retried append is a repeat the server
 * recognises; what the server does not enforce (ids unique across streams, partial overlaps
 * naming the recorded ids, repeats with `any` and `stream_exists`, the hash chain) the adapter
 * checks with the kernel's `checkAppend` and `chainEvents`. See the package README.
 *
 * @example
 * const client = eventStoreDbClient('esdb://localhost:2113?tls=false');
 * const store = eventStoreDbStore(client);
 * await store.append('parcel-1', [event], { expectedVersion: 'no_stream' });
 * await store.dispose();
 * await client.dispose();
 */
export const eventStoreDbStore = (
  client: EventStoreDBClient,
  options: EventStoreDbStoreOptions = {},
): EventStoreDbStore => {
  const context: AdapterContext = {
    client,
    internalPrefix: options.internalPrefix ?? '$parcel-claims-',
    retry: { ...defaultRetry, ...options.retry },
    reconnect: { ...defaultReconnect, ...options.reconnect },
  };
  const subscriptions = new Set<Subscription>();
  return withValidStreamIds({
    append: appendEvents(context),
    readStream: readStream(context),
    readAll: (readOptions) => readAll(context, readOptions),
    tree: eventStoreDbLogTree(context),
    subscribe: (subscribeOptions) => {
      const subscription = catchUpSubscription(context, subscribeOptions);
      subscriptions.add(subscription);
      const close = async () => {
        subscriptions.delete(subscription);
        await subscription.close();
      };
      const iterator = subscription[Symbol.asyncIterator]();
      // Leaving a for-await loop closes through `return`, which must also forget the subscription.
      const tracked: AsyncIterator<SubscriptionMessage, undefined> = {
        next: () => iterator.next(),
        return: async () => {
          await close();
          return { done: true, value: undefined };
        },
      };
      return { close, [Symbol.asyncIterator]: () => tracked };
    },
    dispose: async () => {
      const open = [...subscriptions];
      subscriptions.clear();
      await Promise.all(open.map((subscription) => subscription.close()));
    },
  });
};
