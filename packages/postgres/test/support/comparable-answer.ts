import type { AppendResult, EventStore, RecordedEvent } from '@parcel-claims/eventsourcing';
import { expect } from 'vitest';

/** What an append returned, or what it rejected with. */
export type Settled = { readonly result: AppendResult } | { readonly error: unknown };

/** An append's answer with its position replaced by the id of the event there. */
export type Answer =
  | {
      readonly ok: {
        readonly nextExpectedRevision: bigint;
        readonly alreadyApplied: boolean;
        readonly at: string;
      };
    }
  | { readonly error: unknown };

/** Waits for an append and keeps its result or its error. */
export const settle = (append: Promise<AppendResult>): Promise<Settled> =>
  append.then(
    (result) => ({ result }),
    (error: unknown) => ({ error }),
  );

/** An append's answer made comparable across stores, whose positions differ: the event id at its position. */
export const comparableAnswer = async (
  store: EventStore,
  streamId: string,
  settled: Settled,
): Promise<Answer> => {
  if ('error' in settled) return { error: settled.error };
  const { result } = settled;
  const [last] = await store.readStream(streamId, { from: result.nextExpectedRevision, maxCount: 1 });
  return {
    ok: {
      nextExpectedRevision: result.nextExpectedRevision,
      alreadyApplied: result.alreadyApplied,
      at: last?.position === result.position ? last.eventId : 'another position',
    },
  };
};

const withoutPosition = ({ position: _, ...event }: RecordedEvent) => event;

/** Both stores hold the same events in each of `streamIds`, positions aside. */
export const expectSameStreams = async (
  reference: EventStore,
  candidate: EventStore,
  streamIds: readonly string[],
): Promise<void> => {
  for (const streamId of streamIds) {
    const [expected, actual] = [await reference.readStream(streamId), await candidate.readStream(streamId)];
    expect(actual.map(withoutPosition)).toEqual(expected.map(withoutPosition));
  }
};
