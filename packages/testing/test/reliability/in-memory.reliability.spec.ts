import { inMemoryEventStore } from '@parcel-claims/eventsourcing';
import { describe, expect, it } from 'vitest';
import { assertLostResponses, runConcurrentClaims, yieldingStore } from '../../src/reliability/index.js';

// `pnpm test:soak` runs the same scenarios at full size.
const soak = process.env.PARCEL_CLAIMS_SOAK === '1';

describe('reliability of the in-memory store', () => {
  it('8 concurrent writers × 1,000 claim commands, 20 parcels in flight: nothing lost or stored twice, a serial replay agrees', async () => {
    // Each read and append waits a turn of the event loop, so the writers interleave as on a database.
    const report = await runConcurrentClaims(async () => ({ store: yieldingStore(inMemoryEventStore()) }));
    console.info(`in-memory concurrency: ${JSON.stringify(report)}`);
    expect(report.problems).toEqual([]);
    expect(report.commands).toBe(8_000);
  }, 120_000);

  it('a command retried after a lost response writes nothing twice and answers as a serial run does', async () => {
    const numRuns = soak ? 1_000 : 100;
    const report = await assertLostResponses(async () => ({ store: inMemoryEventStore() }), { numRuns });
    console.info(`in-memory lost responses: ${JSON.stringify(report)}`);
    expect(report.runs).toBe(numRuns);
  }, 300_000);
});
