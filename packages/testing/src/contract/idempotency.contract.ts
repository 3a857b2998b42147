import { VersionConflict } from '@parcel-claims/eventsourcing';
import { describe, expect } from 'vitest';
import type { ContractContext } from './contract-fixture.js';
import { ownLog } from './own-log.js';

/** Re-appending recorded event ids: a retried command must neither write twice nor fail. */
export const idempotencyContract = ({ scope, test }: ContractContext): void => {
  describe('idempotent appends', () => {
    test('the same ids at the same expected version report the original write and write nothing', async () => {
      const context = scope();
      const { store, stream, event } = context;
      const parcel = stream('parcel');
      const original = await store.append(parcel, [event(1), event(2)], { expectedVersion: 'no_stream' });
      await store.append(parcel, [event(3)], { expectedVersion: 1n });
      const before = await ownLog(context);
      const repeat = await store.append(parcel, [event(1), event(2)], { expectedVersion: 'no_stream' });
      expect(repeat).toEqual({ nextExpectedRevision: 1n, position: original.position, alreadyApplied: true });
      expect(await ownLog(context)).toEqual(before);
    });

    test('the same ids at an exact revision in the middle of the stream report the original write', async () => {
      const context = scope();
      const { store, stream, event } = context;
      const parcel = stream('parcel');
      await store.append(parcel, [event(1)], { expectedVersion: 'no_stream' });
      const original = await store.append(parcel, [event(2), event(3)], { expectedVersion: 0n });
      await store.append(parcel, [event(4)], { expectedVersion: 2n });
      const before = await ownLog(context);
      const repeat = await store.append(parcel, [event(2), event(3)], { expectedVersion: 0n });
      expect(repeat).toEqual({ nextExpectedRevision: 2n, position: original.position, alreadyApplied: true });
      expect(await ownLog(context)).toEqual(before);
    });

    test('the same ids with any report the original write and write nothing', async () => {
      const context = scope();
      const { store, stream, event } = context;
      const parcel = stream('parcel');
      await store.append(parcel, [event(1)], { expectedVersion: 'any' });
      const original = await store.append(parcel, [event(2)], { expectedVersion: 'any' });
      await store.append(parcel, [event(3)], { expectedVersion: 'any' });
      const before = await ownLog(context);
      const repeat = await store.append(parcel, [event(2)], { expectedVersion: 'any' });
      expect(repeat).toEqual({ nextExpectedRevision: 1n, position: original.position, alreadyApplied: true });
      expect(await ownLog(context)).toEqual(before);
    });

    test('the same ids with stream_exists report the original write and write nothing', async () => {
      const context = scope();
      const { store, stream, event } = context;
      const parcel = stream('parcel');
      await store.append(parcel, [event(1)], { expectedVersion: 'no_stream' });
      const original = await store.append(parcel, [event(2), event(3)], { expectedVersion: 'stream_exists' });
      const before = await ownLog(context);
      const repeat = await store.append(parcel, [event(2), event(3)], { expectedVersion: 'stream_exists' });
      expect(repeat).toEqual({ nextExpectedRevision: 2n, position: original.position, alreadyApplied: true });
      expect(await ownLog(context)).toEqual(before);
    });

    test('some but not all ids recorded is a VersionConflict naming them, and writes nothing', async () => {
      const context = scope();
      const { store, stream, event } = context;
      const parcel = stream('parcel');
      await store.append(parcel, [event(1), event(2)], { expectedVersion: 'no_stream' });
      const before = await ownLog(context);
      await expect(store.append(parcel, [event(2), event(3)], { expectedVersion: 0n })).rejects.toStrictEqual(
        new VersionConflict({
          streamId: parcel,
          expected: 0n,
          actual: 1n,
          recordedEventIds: [event(2).eventId],
        }),
      );
      expect(await ownLog(context)).toEqual(before);
    });

    test('a partial overlap is a VersionConflict even at the current revision', async () => {
      const context = scope();
      const { store, stream, event } = context;
      const parcel = stream('parcel');
      await store.append(parcel, [event(1)], { expectedVersion: 'no_stream' });
      const before = await ownLog(context);
      await expect(store.append(parcel, [event(1), event(2)], { expectedVersion: 0n })).rejects.toStrictEqual(
        new VersionConflict({
          streamId: parcel,
          expected: 0n,
          actual: 0n,
          recordedEventIds: [event(1).eventId],
        }),
      );
      expect(await ownLog(context)).toEqual(before);
    });

    test('the whole batch at another expected revision is a VersionConflict', async () => {
      const context = scope();
      const { store, stream, event } = context;
      const parcel = stream('parcel');
      await store.append(parcel, [event(1)], { expectedVersion: 'no_stream' });
      await store.append(parcel, [event(2)], { expectedVersion: 0n });
      const before = await ownLog(context);
      await expect(store.append(parcel, [event(2)], { expectedVersion: 1n })).rejects.toStrictEqual(
        new VersionConflict({
          streamId: parcel,
          expected: 1n,
          actual: 1n,
          recordedEventIds: [event(2).eventId],
        }),
      );
      expect(await ownLog(context)).toEqual(before);
    });

    test('the same ids in another order are a VersionConflict', async () => {
      const context = scope();
      const { store, stream, event } = context;
      const parcel = stream('parcel');
      await store.append(parcel, [event(1), event(2)], { expectedVersion: 'no_stream' });
      const before = await ownLog(context);
      await expect(
        store.append(parcel, [event(2), event(1)], { expectedVersion: 'no_stream' }),
      ).rejects.toStrictEqual(
        new VersionConflict({
          streamId: parcel,
          expected: 'no_stream',
          actual: 1n,
          recordedEventIds: [event(2).eventId, event(1).eventId],
        }),
      );
      expect(await ownLog(context)).toEqual(before);
    });
  });
};
