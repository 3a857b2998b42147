import { assertLostResponses, runConcurrentClaims } from '@parcel-claims/testing';
import { describe, expect, it } from 'vitest';
import { pgStoreFixture } from '../support/pg-store-fixture.js';

// `pnpm test:soak` runs the same scenarios at full size.
const soak = process.env.PARCEL_CLAIMS_SOAK === '1';

// A pool as large as the number of writers, so that they race in the database, not for a connection.
const fixture = pgStoreFixture('reliability', 8);

describe('reliability of the PostgreSQL store', () => {
  const commandsPerWriter = soak ? 1_000 : 150;
  it(`8 concurrent writers × ${commandsPerWriter} claim commands, 20 parcels in flight: nothing lost or stored twice, a serial replay agrees`, async () => {
    const report = await runConcurrentClaims(async () => ({ store: fixture.store() }), { commandsPerWriter });
    console.info(`PostgreSQL concurrency: ${JSON.stringify(report)}`);
    expect(report.problems).toEqual([]);
    expect(report.commands).toBe(8 * commandsPerWriter);
  }, 600_000);

  const numRuns = soak ? 300 : 25;
  it(`a command retried after a lost response writes nothing twice and answers as a serial run does (${numRuns} runs)`, async () => {
    const report = await assertLostResponses(async () => ({ store: fixture.store() }), { numRuns });
    console.info(`PostgreSQL lost responses: ${JSON.stringify(report)}`);
    expect(report.runs).toBe(numRuns);
  }, 600_000);
});
