import { storeReliability } from '@parcel-claims/testing';
import { openStore, standInForFile } from '../support/stand-in-fixture.js';

// `pnpm test:soak` runs the same scenarios at full size.
const soak = process.env.PARCEL_CLAIMS_SOAK === '1';

const standIn = standInForFile();

storeReliability(
  'reliability of the EventStoreDB adapter on the stand-in',
  async () => openStore((await standIn()).connectionString),
  {
    commandsPerWriter: soak ? 1_000 : 50,
    twoCallersCommandsPerWriter: soak ? 1_000 : 25,
    lostResponseRuns: soak ? 200 : 10,
  },
);
