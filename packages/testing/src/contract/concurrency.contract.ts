import {
  type AppendResult,
  type ExpectedVersion,
  VersionConflict,
  verifyStream,
} from '@parcel-claims/eventsourcing';
import { describe, expect } from 'vitest';
import type { ContractContext } from './contract-fixture.js';
import type { ContractScope } from './contract-scope.js';
import { expectedStream } from './expected-stream.js';
import { notIncreasing } from './increasing.js';
import { ownLog } from './own-log.js';

/** How many writers race in each test. */
const writers = 8;

interface Settled {
  readonly results: readonly AppendResult[];
  readonly refusals: readonly unknown[];
  /** Index of the first append that succeeded, -1 if none did. */
  readonly winner: number;
}

/** Starts `writers` appends at once; writer i appends its own event, numbered `first + i`. */
const race = async (
  { store, event }: ContractScope,
  streamId: string,
  first: number,
  expectedVersion: ExpectedVersion,
): Promise<Settled> => {
  const settled = await Promise.allSettled(
    Array.from({ length: writers }, (_, index) =>
      store.append(streamId, [event(first + index)], { expectedVersion }),
    ),
  );
  return {
    results: settled.flatMap((outcome) => (outcome.status === 'fulfilled' ? [outcome.value] : [])),
    refusals: settled.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason] : [])),
    winner: settled.findIndex((outcome) => outcome.status === 'fulfilled'),
  };
};

const byRevision = (a: AppendResult, b: AppendResult): number =>
  a.nextExpectedRevision < b.nextExpectedRevision
    ? -1
    : a.nextExpectedRevision > b.nextExpectedRevision
      ? 1
      : 0;

/** Writers racing on one stream: optimistic concurrency with nothing lost or duplicated. */
export const concurrencyContract = ({ scope, test }: ContractContext): void => {
  describe('concurrent appends', () => {
    test(`${writers} appends at the same exact revision: one succeeds, the others get VersionConflict`, async () => {
      const context = scope();
      const { store, stream, event } = context;
      const parcel = stream('parcel');
      const seed = await store.append(parcel, [event(1)], { expectedVersion: 'no_stream' });
      const { results, refusals, winner } = await race(context, parcel, 10, 0n);
      const [won] = results;
      expect(results).toEqual([{ nextExpectedRevision: 1n, position: won?.position, alreadyApplied: false }]);
      expect(refusals).toStrictEqual(
        Array.from(
          { length: writers - 1 },
          () => new VersionConflict({ streamId: parcel, expected: 0n, actual: 1n }),
        ),
      );
      const recorded = expectedStream(
        parcel,
        [event(1), event(10 + winner)],
        [seed.position, won?.position ?? 0n],
      );
      expect(await store.readStream(parcel)).toEqual(recorded);
      expect(await ownLog(context)).toEqual(recorded);
    });

    test(`${writers} appends expecting no_stream to a new stream: one succeeds, the others get VersionConflict`, async () => {
      const context = scope();
      const parcel = context.stream('parcel');
      const { results, refusals, winner } = await race(context, parcel, 10, 'no_stream');
      const [won] = results;
      expect(results).toEqual([{ nextExpectedRevision: 0n, position: won?.position, alreadyApplied: false }]);
      expect(refusals).toStrictEqual(
        Array.from(
          { length: writers - 1 },
          () => new VersionConflict({ streamId: parcel, expected: 'no_stream', actual: 0n }),
        ),
      );
      const recorded = expectedStream(parcel, [context.event(10 + winner)], [won?.position ?? 0n]);
      expect(await ownLog(context)).toEqual(recorded);
    });

    test(`${writers} appends with any: every event is written once, revisions consecutive, the chain intact`, async () => {
      const context = scope();
      const { store, stream, event } = context;
      const parcel = stream('parcel');
      const { results, refusals } = await race(context, parcel, 10, 'any');
      expect(refusals).toEqual([]);
      const recorded = await store.readStream(parcel);
      const written = Array.from({ length: writers }, (_, index) => event(10 + index));
      const inRecordedOrder = recorded.flatMap((each) =>
        written.filter((one) => one.eventId === each.eventId),
      );
      const positions = recorded.map((each) => each.position);
      expect(inRecordedOrder.map((one) => one.eventId).sort()).toEqual(
        written.map((one) => one.eventId).sort(),
      );
      expect(recorded).toEqual(expectedStream(parcel, inRecordedOrder, positions));
      expect(notIncreasing(positions)).toEqual([]);
      expect(verifyStream(recorded)).toEqual({ ok: true });
      expect([...results].sort(byRevision)).toEqual(
        recorded.map((each) => ({
          nextExpectedRevision: each.revision,
          position: each.position,
          alreadyApplied: false,
        })),
      );
      expect(await ownLog(context)).toEqual(recorded);
    });

    test(`the same append issued ${writers} times at once writes once; every other call reports alreadyApplied`, async () => {
      const context = scope();
      const { store, stream, event } = context;
      const parcel = stream('parcel');
      await store.append(parcel, [event(1)], { expectedVersion: 'no_stream' });
      const settled = await Promise.allSettled(
        Array.from({ length: writers }, () =>
          store.append(parcel, [event(2), event(3)], { expectedVersion: 0n }),
        ),
      );
      expect(settled.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason] : []))).toEqual(
        [],
      );
      const results = settled.flatMap((outcome) => (outcome.status === 'fulfilled' ? [outcome.value] : []));
      const recorded = await store.readStream(parcel);
      const positions = recorded.map((each) => each.position);
      const position = positions[2] ?? 0n;
      expect(results.filter((result) => !result.alreadyApplied)).toEqual([
        { nextExpectedRevision: 2n, position, alreadyApplied: false },
      ]);
      expect(results.filter((result) => result.alreadyApplied)).toEqual(
        Array.from({ length: writers - 1 }, () => ({
          nextExpectedRevision: 2n,
          position,
          alreadyApplied: true,
        })),
      );
      expect(recorded).toEqual(expectedStream(parcel, [event(1), event(2), event(3)], positions));
      expect(await ownLog(context)).toEqual(recorded);
    });
  });
};
