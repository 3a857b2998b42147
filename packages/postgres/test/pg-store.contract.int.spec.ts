import { eventStoreContract } from '@parcel-claims/testing';
import { pgStoreFixture } from './support/pg-store-fixture.js';

// One schema for the whole suite, shared by every test, as a real database is.
const fixture = pgStoreFixture('contract');

eventStoreContract('PostgreSQL store', async () => ({ store: fixture.store() }), {
  subscriptionLatencyMs: 3_000,
});
