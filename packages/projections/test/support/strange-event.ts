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

/** The scenario with one more event in parcel PA's stream: a document attached to claim C9, never opened. */
export const withClaimNeverOpened = async (): Promise<EventStore> => {
  const store = await scenarioStore();
  const [attached] = (await store.readStream('parcel-PB')).filter(
    (event) => event.type === 'DocumentAttached',
  );
  if (attached === undefined) throw new Error('the scenario attaches a document to PB');
  await store.append(
    'parcel-PA',
    [
      {
        eventId: '00000000-0000-4000-8000-000000000998',
        type: attached.type,
        data: typeof attached.data === 'object' ? { ...attached.data, claimId: 'C9' } : attached.data,
        metadata: { ...attached.metadata, commandId: '00000000-0000-4000-8000-000000000998' },
      },
    ],
    { expectedVersion: 'any' },
  );
  return store;
};
