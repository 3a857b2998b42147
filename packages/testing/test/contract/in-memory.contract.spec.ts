import { inMemoryEventStore } from '@parcel-claims/eventsourcing';
import { eventStoreContract } from '../../src/contract/index.js';

eventStoreContract('in-memory store', async () => ({ store: inMemoryEventStore() }));

// One store for every test, already holding other events: shows that the suite passes on a store
// shared by many tests, as a PostgreSQL database is, and assumes nothing about positions.
const shared = inMemoryEventStore();
await shared.append(
  'elsewhere-1',
  [
    {
      eventId: 'd3f7a0c4-5b1e-4c8a-9f2d-6e4b3a2c1d0e',
      type: 'Unrelated',
      data: { note: 'written before the suite ran' },
      metadata: {
        commandId: 'command-0',
        correlationId: 'command-0',
        causationId: 'command-0',
        recordedAt: '2026-03-01T00:00:00.000Z',
        schemaVersion: 1,
        actor: null,
      },
    },
  ],
  { expectedVersion: 'no_stream' },
);

eventStoreContract('in-memory store shared by every test', async () => ({ store: shared }));
