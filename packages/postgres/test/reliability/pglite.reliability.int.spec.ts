import { assertLostResponses, runConcurrentClaims } from '@parcel-claims/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OpenedStore, openPostgresStore } from '../../src/index.js';

// `pnpm test:soak` runs the same scenarios at full size.
const soak = process.env.PARCEL_CLAIMS_SOAK === '1';

let opened: OpenedStore | undefined;
beforeAll(async () => {
  opened = await openPostgresStore('pglite:memory');
}, 120_000);
afterAll(async () => {
  await opened?.close();
});

const store = async () => {
  if (opened === undefined) throw new Error('PGlite opens in beforeAll');
  return { store: opened.store };
};

describe('reliability of the PGlite store', () => {
  const commandsPerWriter = soak ? 1_000 : 40;
  it(`8 concurrent writers × ${commandsPerWriter} claim commands, 20 parcels in flight: nothing lost or stored twice, a serial replay agrees`, async () => {
    const report = await runConcurrentClaims(store, { commandsPerWriter });
    console.info(`PGlite concurrency: ${JSON.stringify(report)}`);
    expect(report.problems).toEqual([]);
    expect(report.commands).toBe(8 * commandsPerWriter);
  }, 600_000);

  const numRuns = soak ? 200 : 10;
  it(`a command retried after a lost response writes nothing twice and answers as a serial run does (${numRuns} runs)`, async () => {
    const report = await assertLostResponses(store, { numRuns });
    console.info(`PGlite lost responses: ${JSON.stringify(report)}`);
    expect(report.runs).toBe(numRuns);
  }, 600_000);
});
