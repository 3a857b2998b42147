import { runConcurrentClaims } from '@parcel-claims/testing';
import { describe, expect, it } from 'vitest';
import { pgStoreFixture } from '../support/pg-store-fixture.js';

// A pool as large as the number of writers, so that they race in the database, not for a connection.
const fixture = pgStoreFixture('concurrency', 8);

describe('concurrent writers on the PostgreSQL store', () => {
  it('8 writers × 1,000 claim commands over 20 parcels: nothing lost, nothing twice, a serial replay agrees', async () => {
    const report = await runConcurrentClaims(async () => ({ store: fixture.store() }));
    console.info(`PostgreSQL concurrency: ${JSON.stringify(report)}`);
    expect(report.problems).toEqual([]);
    expect(report.commands).toBe(8_000);
  }, 600_000);
});
