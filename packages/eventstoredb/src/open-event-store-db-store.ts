import { EventStoreDBClient } from '@eventstore/db-client';
import {
  type EventStoreDbStore,
  type EventStoreDbStoreOptions,
  eventStoreDbStore,
} from './store/event-store-db-store.js';

/** A store with the client it owns. */
export interface OpenedEventStoreDbStore {
  readonly store: EventStoreDbStore;
  /** Ends the store's subscriptions, then the client's calls and connection. */
  readonly close: () => Promise<void>;
}

/**
 * Opens an EventStoreDB store from a connection string, e.g. `esdb://localhost:2113?tls=false`
 * (what `--store esdb://…` is for). Connecting is lazy: the first call connects.
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
  const client = EventStoreDBClient.connectionString(connectionString);
  const store = eventStoreDbStore(client, options);
  return {
    store,
    close: async () => {
      await store.dispose();
      await client.dispose();
    },
  };
};
