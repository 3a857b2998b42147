import { StoreUnavailable } from '@parcel-claims/eventsourcing';
import { describe, expect, it } from 'vitest';
import { startStandIn } from '../../src/testing/index.js';
import { freshStream, sampleEvent } from '../support/sample-events.js';
import { openStore, quickRetries } from '../support/stand-in-fixture.js';

describe('an append whose response is lost', () => {
  for (const batchAppend of [true, false]) {
    const path = batchAppend ? 'BatchAppend' : 'Append';

    it(`is retried by the adapter and written once; the call reports its own write (${path})`, async () => {
      const standIn = await startStandIn({ batchAppend });
      const { store, dispose } = openStore(standIn.connectionString);
      try {
        const parcel = freshStream('parcel');
        await store.append(parcel, [sampleEvent(1)], { expectedVersion: 'no_stream' });
        standIn.faults.loseAppendResponses(1, parcel);
        const result = await store.append(parcel, [sampleEvent(2), sampleEvent(3)], { expectedVersion: 0n });
        expect(standIn.faults.lostResponses()).toBe(1);
        const recorded = await store.readStream(parcel);
        expect(recorded.map((event) => event.revision)).toEqual([0n, 1n, 2n]);
        expect(result).toEqual({
          nextExpectedRevision: 2n,
          position: recorded[2]?.position,
          alreadyApplied: false,
        });
      } finally {
        await dispose();
        await standIn.stop();
      }
    });

    it(`fails with StoreUnavailable without retries; the caller's retry is a repeat, not a duplicate (${path})`, async () => {
      const standIn = await startStandIn({ batchAppend });
      const { store, dispose } = openStore(standIn.connectionString, {
        ...quickRetries,
        retry: { attempts: 0 },
      });
      try {
        const parcel = freshStream('parcel');
        const events = [sampleEvent(1), sampleEvent(2)] as const;
        standIn.faults.loseAppendResponses(1, parcel);
        await expect(store.append(parcel, events, { expectedVersion: 'no_stream' })).rejects.toBeInstanceOf(
          StoreUnavailable,
        );
        const retried = await store.append(parcel, events, { expectedVersion: 'no_stream' });
        const recorded = await store.readStream(parcel);
        expect(recorded.map((event) => event.eventId)).toEqual(events.map((event) => event.eventId));
        expect(retried).toEqual({
          nextExpectedRevision: 1n,
          position: recorded[1]?.position,
          alreadyApplied: true,
        });
      } finally {
        await dispose();
        await standIn.stop();
      }
    });
  }
});
