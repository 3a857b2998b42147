import { inMemoryEventStore } from '@parcel-claims/eventsourcing';
import { storeReliability, yieldingStore } from '../../src/reliability/index.js';

// `pnpm test:soak` runs the same scenarios at full size.
const soak = process.env.PARCEL_CLAIMS_SOAK === '1';

// Each read and append waits a turn of the event loop, so the writers interleave as on a database.
storeReliability(
  'reliability of the in-memory store',
  async () => ({ store: yieldingStore(inMemoryEventStore()) }),
  {
    twoCallersCommandsPerWriter: soak ? 1_000 : 500,
    lostResponseRuns: soak ? 1_000 : 100,
  },
);
