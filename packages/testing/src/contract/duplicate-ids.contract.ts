import { DuplicateEventIds } from '@parcel-claims/eventsourcing';
import { describe, expect } from 'vitest';
import type { ContractContext } from './contract-fixture.js';
import { ownLog } from './own-log.js';

/** Event ids are unique across the store: within a batch and across streams. */
export const duplicateIdsContract = ({ scope, test }: ContractContext): void => {
  describe('duplicate event ids', () => {
    test('an id repeated within a batch is DuplicateEventIds and nothing of the batch is written', async () => {
      const context = scope();
      const { store, stream, event } = context;
      const parcel = stream('parcel');
      await expect(
        store.append(parcel, [event(1), event(2), event(1)], { expectedVersion: 'no_stream' }),
      ).rejects.toStrictEqual(
        new DuplicateEventIds({ streamId: parcel, eventIds: [event(1).eventId], existingStreamId: null }),
      );
      expect(await store.readStream(parcel)).toEqual([]);
      expect(await ownLog(context)).toEqual([]);
    });

    test('an id recorded in another stream is DuplicateEventIds naming that stream, and nothing is written', async () => {
      const context = scope();
      const { store, stream, event } = context;
      const [parcel, other] = [stream('parcel'), stream('other')];
      await store.append(parcel, [event(1)], { expectedVersion: 'no_stream' });
      const before = await ownLog(context);
      await expect(
        store.append(other, [event(2), event(1)], { expectedVersion: 'any' }),
      ).rejects.toStrictEqual(
        new DuplicateEventIds({ streamId: other, eventIds: [event(1).eventId], existingStreamId: parcel }),
      );
      expect(await store.readStream(other)).toEqual([]);
      expect(await ownLog(context)).toEqual(before);
    });
  });
};
