import { runConcurrentClaims } from '@parcel-claims/testing';
import { describe, expect, it } from 'vitest';
import { openStore, standInForFile } from '../support/stand-in-fixture.js';

const standIn = standInForFile();

describe('concurrent writers on the EventStoreDB adapter and its stand-in', () => {
  it('8 writers × 1,000 claim commands over 20 parcels', async () => {
    const { connectionString } = await standIn();
    const report = await runConcurrentClaims(async () => openStore(connectionString));
    console.info(`stand-in concurrency: ${JSON.stringify(report)}`);
    expect(report.problems).toEqual([]);
  }, 600_000);
});
