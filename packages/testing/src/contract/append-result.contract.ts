import { describe, expect } from 'vitest';
import type { ContractContext } from './contract-fixture.js';
import { expectedStream } from './expected-stream.js';
import { notIncreasing } from './increasing.js';

/** Revisions and positions an append gives its events and reports back. */
export const appendResultContract = ({ scope, test }: ContractContext): void => {
  describe('append results', () => {
    test('revisions count from 0 in each stream, whatever other streams hold', async () => {
      const { store, stream, event } = scope();
      const [first, second] = [stream('first'), stream('second')];
      await store.append(first, [event(1), event(2)], { expectedVersion: 'no_stream' });
      await store.append(second, [event(3)], { expectedVersion: 'no_stream' });
      await store.append(first, [event(4)], { expectedVersion: 1n });
      await store.append(second, [event(5), event(6)], { expectedVersion: 0n });
      const revisions = async (streamId: string) =>
        (await store.readStream(streamId)).map((recorded) => [recorded.eventId, recorded.revision]);
      expect(await revisions(first)).toEqual([
        [event(1).eventId, 0n],
        [event(2).eventId, 1n],
        [event(4).eventId, 2n],
      ]);
      expect(await revisions(second)).toEqual([
        [event(3).eventId, 0n],
        [event(5).eventId, 1n],
        [event(6).eventId, 2n],
      ]);
    });

    test('an append reports the revision and the global position of its last event', async () => {
      const { store, stream, event } = scope();
      const [parcel, other] = [stream('parcel'), stream('other')];
      const first = await store.append(parcel, [event(1), event(2)], { expectedVersion: 'no_stream' });
      const between = await store.append(other, [event(3)], { expectedVersion: 'no_stream' });
      const second = await store.append(parcel, [event(4), event(5), event(6)], { expectedVersion: 1n });
      const recorded = await store.readStream(parcel);
      const positions = recorded.map((each) => each.position);
      expect([first, second]).toEqual([
        { nextExpectedRevision: 1n, position: positions[1], alreadyApplied: false },
        { nextExpectedRevision: 4n, position: positions[4], alreadyApplied: false },
      ]);
      expect(recorded).toEqual(expectedStream(parcel, [1, 2, 4, 5, 6].map(event), positions));
      expect(notIncreasing([...positions.slice(0, 2), between.position, ...positions.slice(2)])).toEqual([]);
      expect(positions.every((position) => position > 0n)).toBe(true);
    });
  });
};
