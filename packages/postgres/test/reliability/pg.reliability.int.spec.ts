import { storeReliability } from '@parcel-claims/testing';
import { pgStoreFixture } from '../support/pg-store-fixture.js';

// `pnpm test:soak` runs the same scenarios at full size.
const soak = process.env.PARCEL_CLAIMS_SOAK === '1';

// A pool as large as the number of writers, so that they race in the database, not for a connection.
const fixture = pgStoreFixture('reliability', 8);

storeReliability('reliability of the PostgreSQL store', async () => ({ store: fixture.store() }), {
  commandsPerWriter: soak ? 1_000 : 150,
  lostResponseRuns: soak ? 300 : 25,
});
