import { inMemoryEventStore } from '@parcel-claims/eventsourcing';
import { describe, expect, it } from 'vitest';
import { runConcurrentClaims, yieldingStore } from '../../src/reliability/index.js';

describe('concurrent writers on the in-memory store', () => {
  it('8 writers × 1,000 claim commands over 20 parcels: nothing lost, nothing twice, a serial replay agrees', async () => {
    const report = await runConcurrentClaims(async () => ({ store: yieldingStore(inMemoryEventStore()) }));
    console.info(`in-memory concurrency: ${JSON.stringify(report, null, 0)}`);
    expect(report.problems).toEqual([]);
    expect(report.commands).toBe(8_000);
  }, 120_000);
});
