import { StreamNotFound, VersionConflict } from '@parcel-claims/eventsourcing';
import { describe, expect } from 'vitest';
import type { ContractContext } from './contract-fixture.js';
import { expectedStream } from './expected-stream.js';
import { ownLog } from './own-log.js';

/** Appends under each kind of expected version, met and unmet. */
export const expectedVersionContract = ({ scope, test }: ContractContext): void => {
  describe('expected versions', () => {
    test('no_stream on a new stream writes the event at revision 0', async () => {
      const { store, stream, event } = scope();
      const parcel = stream('parcel');
      const result = await store.append(parcel, [event(1)], { expectedVersion: 'no_stream' });
      expect(result.position > 0n).toBe(true);
      expect(result).toEqual({ nextExpectedRevision: 0n, position: result.position, alreadyApplied: false });
      expect(await store.readStream(parcel)).toEqual(expectedStream(parcel, [event(1)], [result.position]));
    });

    test('no_stream on an existing stream is a VersionConflict and writes nothing', async () => {
      const context = scope();
      const { store, stream, event } = context;
      const parcel = stream('parcel');
      await store.append(parcel, [event(1)], { expectedVersion: 'no_stream' });
      const before = await ownLog(context);
      await expect(store.append(parcel, [event(2)], { expectedVersion: 'no_stream' })).rejects.toStrictEqual(
        new VersionConflict({ streamId: parcel, expected: 'no_stream', actual: 0n }),
      );
      expect(await ownLog(context)).toEqual(before);
    });

    test('stream_exists on a missing stream is StreamNotFound and writes nothing', async () => {
      const context = scope();
      const { store, stream, event } = context;
      const parcel = stream('parcel');
      await expect(
        store.append(parcel, [event(1)], { expectedVersion: 'stream_exists' }),
      ).rejects.toStrictEqual(new StreamNotFound({ streamId: parcel }));
      expect(await store.readStream(parcel)).toEqual([]);
      expect(await ownLog(context)).toEqual([]);
    });

    test('stream_exists on an existing stream appends', async () => {
      const { store, stream, event } = scope();
      const parcel = stream('parcel');
      const first = await store.append(parcel, [event(1)], { expectedVersion: 'no_stream' });
      const second = await store.append(parcel, [event(2)], { expectedVersion: 'stream_exists' });
      expect(second).toEqual({ nextExpectedRevision: 1n, position: second.position, alreadyApplied: false });
      expect(await store.readStream(parcel)).toEqual(
        expectedStream(parcel, [event(1), event(2)], [first.position, second.position]),
      );
    });

    test('the exact current revision appends', async () => {
      const { store, stream, event } = scope();
      const parcel = stream('parcel');
      const first = await store.append(parcel, [event(1)], { expectedVersion: 'no_stream' });
      const second = await store.append(parcel, [event(2)], { expectedVersion: 0n });
      const third = await store.append(parcel, [event(3)], { expectedVersion: 1n });
      expect([second, third]).toEqual([
        { nextExpectedRevision: 1n, position: second.position, alreadyApplied: false },
        { nextExpectedRevision: 2n, position: third.position, alreadyApplied: false },
      ]);
      expect(await store.readStream(parcel)).toEqual(
        expectedStream(
          parcel,
          [event(1), event(2), event(3)],
          [first.position, second.position, third.position],
        ),
      );
    });

    test('a revision behind the stream is a VersionConflict naming expected and actual, and writes nothing', async () => {
      const context = scope();
      const { store, stream, event } = context;
      const parcel = stream('parcel');
      await store.append(parcel, [event(1)], { expectedVersion: 'no_stream' });
      await store.append(parcel, [event(2)], { expectedVersion: 0n });
      const before = await ownLog(context);
      await expect(store.append(parcel, [event(3)], { expectedVersion: 0n })).rejects.toStrictEqual(
        new VersionConflict({ streamId: parcel, expected: 0n, actual: 1n }),
      );
      expect(await ownLog(context)).toEqual(before);
    });

    test('a revision ahead of the stream is a VersionConflict and writes nothing', async () => {
      const context = scope();
      const { store, stream, event } = context;
      const parcel = stream('parcel');
      await store.append(parcel, [event(1)], { expectedVersion: 'no_stream' });
      const before = await ownLog(context);
      await expect(store.append(parcel, [event(2)], { expectedVersion: 5n })).rejects.toStrictEqual(
        new VersionConflict({ streamId: parcel, expected: 5n, actual: 0n }),
      );
      expect(await ownLog(context)).toEqual(before);
    });

    test('a revision on a missing stream is a VersionConflict with actual no_stream, and writes nothing', async () => {
      const context = scope();
      const { store, stream, event } = context;
      const parcel = stream('parcel');
      await expect(store.append(parcel, [event(1)], { expectedVersion: 0n })).rejects.toStrictEqual(
        new VersionConflict({ streamId: parcel, expected: 0n, actual: 'no_stream' }),
      );
      expect(await store.readStream(parcel)).toEqual([]);
      expect(await ownLog(context)).toEqual([]);
    });

    test('any appends to a new and to an existing stream', async () => {
      const { store, stream, event } = scope();
      const parcel = stream('parcel');
      const first = await store.append(parcel, [event(1)], { expectedVersion: 'any' });
      const second = await store.append(parcel, [event(2)], { expectedVersion: 'any' });
      expect([first, second]).toEqual([
        { nextExpectedRevision: 0n, position: first.position, alreadyApplied: false },
        { nextExpectedRevision: 1n, position: second.position, alreadyApplied: false },
      ]);
      expect(await store.readStream(parcel)).toEqual(
        expectedStream(parcel, [event(1), event(2)], [first.position, second.position]),
      );
    });
  });
};
