import { assertClaimsModel } from '@parcel-claims/testing';
import { describe, it } from 'vitest';
import { pgStoreFixture } from './support/pg-store-fixture.js';

// Every run uses ids of its own, so all runs share the file's schema, as a service's database is.
const fixture = pgStoreFixture('model');

describe('the claims service on the PostgreSQL store', () => {
  it('answers every generated command as the model expects, and folds to the model', async () => {
    await assertClaimsModel(async () => ({ store: fixture.store() }), { numRuns: 12, maxCommands: 80 });
  }, 180_000);
});
