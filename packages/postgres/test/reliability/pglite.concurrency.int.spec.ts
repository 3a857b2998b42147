import { runConcurrentClaims } from '@parcel-claims/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OpenedStore, openPostgresStore } from '../../src/index.js';

let opened: OpenedStore | undefined;
beforeAll(async () => {
  opened = await openPostgresStore('pglite:memory');
}, 120_000);
afterAll(async () => {
  await opened?.close();
});

describe('concurrent writers on the PGlite store', () => {
  it('8 writers × 1,000 claim commands over 20 parcels', async () => {
    const report = await runConcurrentClaims(async () => {
      if (opened === undefined) throw new Error('PGlite opens in beforeAll');
      return { store: opened.store };
    });
    console.info(`PGlite concurrency: ${JSON.stringify(report)}`);
    expect(report.problems).toEqual([]);
  }, 600_000);
});
