import { assertLostResponses, runConcurrentClaims } from '@parcel-claims/testing';
import { describe, expect, it } from 'vitest';
import { openStore, standInForFile } from '../support/stand-in-fixture.js';

// `pnpm test:soak` runs the same scenarios at full size.
const soak = process.env.PARCEL_CLAIMS_SOAK === '1';

const standIn = standInForFile();
const store = async () => openStore((await standIn()).connectionString);

describe('reliability of the EventStoreDB adapter on the stand-in', () => {
  const commandsPerWriter = soak ? 1_000 : 50;
  it(`8 concurrent writers × ${commandsPerWriter} claim commands, 20 parcels in flight: nothing lost or stored twice, a serial replay agrees`, async () => {
    const report = await runConcurrentClaims(store, { commandsPerWriter });
    console.info(`stand-in concurrency: ${JSON.stringify(report)}`);
    expect(report.problems).toEqual([]);
    expect(report.commands).toBe(8 * commandsPerWriter);
  }, 600_000);

  const numRuns = soak ? 200 : 10;
  it(`a command retried after a lost response writes nothing twice and answers as a serial run does (${numRuns} runs)`, async () => {
    const report = await assertLostResponses(store, { numRuns });
    console.info(`stand-in lost responses: ${JSON.stringify(report)}`);
    expect(report.runs).toBe(numRuns);
  }, 600_000);
});
