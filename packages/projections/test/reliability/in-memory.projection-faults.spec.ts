import { inMemoryEventStore } from '@parcel-claims/eventsourcing';
import { assertProjectionFaults } from '@parcel-claims/testing';
import { describe, expect, it } from 'vitest';
import { memoryTargets } from '../support/reliability-targets.js';

// `pnpm test:soak` runs the same scenario at full size.
const soak = process.env.PARCEL_CLAIMS_SOAK === '1';

describe('projection faults over the in-memory store', () => {
  const numRuns = soak ? 300 : 30;
  it(`the five read models in memory, crashed at generated points, equal a full rebuild (${numRuns} runs)`, async () => {
    const report = await assertProjectionFaults(
      async () => ({ store: inMemoryEventStore() }),
      memoryTargets,
      {
        numRuns,
      },
    );
    console.info(`in-memory projection faults: ${JSON.stringify(report)}`);
    expect(report.runs).toBe(numRuns);
  }, 300_000);
});
