import type { EventStore } from '@parcel-claims/eventsourcing';
import { scenarioStore } from './scenario.js';

/** The scenario with one more event in parcel PB's stream that is no claim event. */
export const withStrangeEvent = async (): Promise<EventStore> => {
  const store = await scenarioStore();
  await store.append(
    'parcel-PB',
    [
      {
        eventId: '00000000-0000-4000-8000-000000000999',
        type: 'ParcelWeighed',
        data: { grams: 1200 },
        metadata: {
          commandId: '00000000-0000-4000-8000-000000000999',
          correlationId: '00000000-0000-4000-8000-000000000999',
          causationId: '00000000-0000-4000-8000-000000000999',
          recordedAt: '2026-03-01T00:00:00.000Z',
          schemaVersion: 1,
          actor: null,
        },
      },
    ],
    { expectedVersion: 'any' },
  );
  return store;
};
