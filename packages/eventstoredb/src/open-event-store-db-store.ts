import { eventStoreDbClient } from './connection/event-store-db-client.js';
import { maskEventStoreDbUrl } from './connection/mask-event-store-db-url.js';
import {
  type EventStoreDbStore,
  type EventStoreDbStoreOptions,
  eventStoreDbStore,
} from './store/event-store-db-store.js';

/** A store with the client it owns. */
export interface OpenedEventStoreDbStore {
  readonly store: EventStoreDbStore;
  /** The URL it was opened with, password masked: safe to print. */
  readonly url: string;
  /** Ends the store's subscriptions, then the client's calls and connection. */
  readonly close: () => Promise<void>;
}

/**
 * Opens an EventStoreDB store from a connection string, e.g. `esdb://localhost:2113?tls=false`
 * (what `--store esdb://…` is for). The URL is checked first (see `parseEventStoreDbUrl`): a URL
 * the client would warn about, ignore or misread throws `InvalidStoreUrl`, password masked, and
 * the client never sees the text. Connecting is lazy: the first call connects.
 *
 * @example
 * const { store, close } = openEventStoreDbStore('esdb://localhost:2113?tls=false');
 * try {
 *   await store.append('parcel-1', [event], { expectedVersion: 'no_stream' });
 * } finally {
 *   await close();
 * }
 */
export const openEventStoreDbStore = (
  connectionString: string,
  options: EventStoreDbStoreOptions = {},
): OpenedEventStoreDbStore => {
  const client = eventStoreDbClient(connectionString);
  const store = eventStoreDbStore(client, options);
  return {
    store,
    url: maskEventStoreDbUrl(connectionString),
    close: async () => {
      await store.dispose();
      await client.dispose();
    },
  };
};
