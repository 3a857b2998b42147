import { EventStoreDBClient } from '@eventstore/db-client';
import { eventStoreContract } from '@parcel-claims/testing';
import { afterAll } from 'vitest';
import { eventStoreDbStore } from '../../src/index.js';
import { quickRetries, standInForFile } from '../support/stand-in-fixture.js';

// One stand-in and one client for the file, shared as a database and its connection would be;
// a store per test, disposed after it (which closes the test's subscriptions).
const standIn = standInForFile();
let client: EventStoreDBClient | undefined;
afterAll(async () => {
  await client?.dispose();
});

eventStoreContract('EventStoreDB adapter on the stand-in', async () => {
  client ??= EventStoreDBClient.connectionString((await standIn()).connectionString);
  const store = eventStoreDbStore(client, quickRetries);
  return { store, dispose: store.dispose };
});
