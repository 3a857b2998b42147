import { openEventStoreDbStore } from '@parcel-claims/eventstoredb';
import { type StandIn, startStandIn } from '@parcel-claims/eventstoredb/testing';
import { assertProjectionFaults } from '@parcel-claims/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryTargets } from '../support/reliability-targets.js';

// `pnpm test:soak` runs the same scenario at full size.
const soak = process.env.PARCEL_CLAIMS_SOAK === '1';

let standIn: StandIn | undefined;
beforeAll(async () => {
  standIn = await startStandIn();
}, 60_000);
afterAll(async () => {
  await standIn?.stop();
});

describe('projection faults over the EventStoreDB adapter on the stand-in', () => {
  const numRuns = soak ? 60 : 3;
  it(`the five read models in memory, crashed at generated points, equal a full rebuild (${numRuns} runs)`, async () => {
    const report = await assertProjectionFaults(
      async () => {
        if (standIn === undefined) throw new Error('The stand-in starts in beforeAll');
        const { store, close } = openEventStoreDbStore(standIn.connectionString, {
          retry: { attempts: 20, initialDelayMs: 10, maxDelayMs: 100 },
          reconnect: { initialDelayMs: 10, maxDelayMs: 100 },
        });
        return { store, dispose: close };
      },
      memoryTargets,
      { numRuns },
    );
    console.info(`stand-in projection faults: ${JSON.stringify(report)}`);
    expect(report.runs).toBe(numRuns);
  }, 600_000);
});
