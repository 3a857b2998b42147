import { storeReliability } from '@parcel-claims/testing';
import { afterAll, beforeAll } from 'vitest';
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

storeReliability(
  'reliability of the PGlite store',
  async () => {
    if (opened === undefined) throw new Error('PGlite opens in beforeAll');
    return { store: opened.store };
  },
  { commandsPerWriter: soak ? 1_000 : 40, lostResponseRuns: soak ? 200 : 10 },
);
