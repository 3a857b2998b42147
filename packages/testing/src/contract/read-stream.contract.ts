import type { RecordedEvent } from '@parcel-claims/eventsourcing';
import { describe, expect } from 'vitest';
import type { ContractContext } from './contract-fixture.js';
import type { ContractScope } from './contract-scope.js';
import { expectedStream } from './expected-stream.js';
import { notIncreasing } from './increasing.js';

/** A five-event stream written in two batches with another stream's event between them. */
const seedParcel = async ({ store, stream, event }: ContractScope) => {
  const parcel = stream('parcel');
  await store.append(parcel, [event(1), event(2), event(3)], { expectedVersion: 'no_stream' });
  await store.append(stream('other'), [event(4)], { expectedVersion: 'no_stream' });
  await store.append(parcel, [event(5), event(6)], { expectedVersion: 2n });
  const all = await store.readStream(parcel);
  return { parcel, all };
};

/** The events at these indexes (revisions here), in this order. */
const pick = (events: readonly RecordedEvent[], revisions: readonly number[]): readonly RecordedEvent[] =>
  revisions.flatMap((revision) => {
    const event = events[revision];
    return event === undefined ? [] : [event];
  });

/** `readStream`: directions, start revisions, counts and missing streams. */
export const readStreamContract = ({ scope, test }: ContractContext): void => {
  describe('readStream', () => {
    test('reads a whole stream forwards by default, as recorded', async () => {
      const context = scope();
      const { parcel, all } = await seedParcel(context);
      const positions = all.map((event) => event.position);
      expect(all).toEqual(expectedStream(parcel, [1, 2, 3, 5, 6].map(context.event), positions));
      expect(notIncreasing(positions)).toEqual([]);
      expect(await context.store.readStream(parcel, { direction: 'forwards' })).toEqual(all);
    });

    test('reads forwards from an inclusive revision; from past the end it reads nothing', async () => {
      const context = scope();
      const { parcel, all } = await seedParcel(context);
      expect(await context.store.readStream(parcel, { from: 2n })).toEqual(pick(all, [2, 3, 4]));
      expect(await context.store.readStream(parcel, { from: 4n })).toEqual(pick(all, [4]));
      expect(await context.store.readStream(parcel, { from: 5n })).toEqual([]);
    });

    test('reads forwards at most maxCount events', async () => {
      const context = scope();
      const { parcel, all } = await seedParcel(context);
      expect(await context.store.readStream(parcel, { maxCount: 2 })).toEqual(pick(all, [0, 1]));
      expect(await context.store.readStream(parcel, { from: 1n, maxCount: 2 })).toEqual(pick(all, [1, 2]));
      expect(await context.store.readStream(parcel, { from: 3n, maxCount: 10 })).toEqual(pick(all, [3, 4]));
      expect(await context.store.readStream(parcel, { maxCount: 0 })).toEqual([]);
    });

    test('reads backwards from the last event by default', async () => {
      const context = scope();
      const { parcel, all } = await seedParcel(context);
      expect(await context.store.readStream(parcel, { direction: 'backwards' })).toEqual(
        pick(all, [4, 3, 2, 1, 0]),
      );
    });

    test('reads backwards from an inclusive revision, at most maxCount; past the end as from the end', async () => {
      const context = scope();
      const { parcel, all } = await seedParcel(context);
      const backwards = (options: { readonly from?: bigint; readonly maxCount?: number }) =>
        context.store.readStream(parcel, { direction: 'backwards', ...options });
      expect(await backwards({ from: 3n })).toEqual(pick(all, [3, 2, 1, 0]));
      expect(await backwards({ maxCount: 2 })).toEqual(pick(all, [4, 3]));
      expect(await backwards({ from: 1n, maxCount: 5 })).toEqual(pick(all, [1, 0]));
      expect(await backwards({ from: 0n })).toEqual(pick(all, [0]));
      expect(await backwards({ from: 99n, maxCount: 1 })).toEqual(pick(all, [4]));
      expect(await backwards({ maxCount: 0 })).toEqual([]);
    });

    test('reads a stream that does not exist as empty, in both directions', async () => {
      const { store, stream } = scope();
      const nobody = stream('nobody');
      expect(await store.readStream(nobody)).toEqual([]);
      expect(await store.readStream(nobody, { direction: 'backwards' })).toEqual([]);
      expect(await store.readStream(nobody, { from: 3n, maxCount: 2 })).toEqual([]);
    });
  });
};
