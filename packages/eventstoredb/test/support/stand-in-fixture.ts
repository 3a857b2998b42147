import { EventStoreDBClient } from '@eventstore/db-client';
import { afterAll } from 'vitest';
import { type EventStoreDbStoreOptions, eventStoreDbStore } from '../../src/index.js';
import { type StandIn, type StandInOptions, startStandIn } from '../../src/testing/index.js';

/** Retries fast enough for tests; the defaults suit a network, not loopback. */
export const quickRetries: EventStoreDbStoreOptions = {
  retry: { attempts: 20, initialDelayMs: 10, maxDelayMs: 100 },
  reconnect: { initialDelayMs: 10, maxDelayMs: 100 },
};

/** A stand-in for the whole file, stopped after its last test. */
export const standInForFile = (options: StandInOptions = {}): (() => Promise<StandIn>) => {
  const started = startStandIn(options);
  afterAll(async () => {
    await (await started).stop();
  });
  return () => started;
};

/** A store with its own client on `connectionString`, and how to dispose of both. */
export const openStore = (connectionString: string, options: EventStoreDbStoreOptions = quickRetries) => {
  const client = EventStoreDBClient.connectionString(connectionString);
  const store = eventStoreDbStore(client, options);
  return {
    client,
    store,
    dispose: async () => {
      await store.dispose();
      await client.dispose();
    },
  };
};
