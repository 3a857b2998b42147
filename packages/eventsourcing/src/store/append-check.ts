import { DuplicateEventIds } from './errors/duplicate-event-ids.js';
import { StreamNotFound } from './errors/stream-not-found.js';
import { VersionConflict } from './errors/version-conflict.js';
import {
  type ExpectedVersion,
  type StreamVersion,
  satisfiesExpectedVersion,
  versionBefore,
} from './expected-version.js';

/** Where an event id is already recorded. */
export interface RecordedIdLocation {
  readonly streamId: string;
  readonly revision: bigint;
}

/** What an adapter checks an append against: the stream's version, the expected one and the events' ids. */
export interface AppendCheckInput<Location extends RecordedIdLocation> {
  readonly streamId: string;
  readonly current: StreamVersion;
  readonly expected: ExpectedVersion;
  readonly eventIds: readonly string[];
  /** Looks an event id up in the store; `undefined` when it is not recorded anywhere. */
  readonly locate: (eventId: string) => Location | undefined;
}

/** What a store must do with an append; `last` locates the last event of an earlier identical append. */
export type AppendCheck<Location extends RecordedIdLocation> =
  | { readonly kind: 'write' }
  | { readonly kind: 'already-applied'; readonly last: Location }
  | { readonly kind: 'refused'; readonly error: VersionConflict | StreamNotFound | DuplicateEventIds };

const repeatedIds = (ids: readonly string[]): readonly string[] => {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) repeated.add(id);
    seen.add(id);
  }
  return [...repeated];
};

const isOneRunInOrder = (locations: readonly (RecordedIdLocation | undefined)[]): boolean => {
  const first = locations[0];
  return (
    first !== undefined &&
    locations.every(
      (location, index) => location !== undefined && location.revision === first.revision + BigInt(index),
    )
  );
};

/**
 * Decides an append the way EventStoreDB does (see `EventStore.append`): write, report an
 * idempotent repeat, or refuse with the typed error. Stores that keep an event-id index share it
 * so that every store gives the same answer. The index may hold any record that has the
 * stream id and revision (the in-memory store keeps the recorded events themselves).
 *
 * @example
 * checkAppend({ streamId: 's', current: 'no_stream', expected: 'no_stream', eventIds: [id], locate: () => undefined });
 * // { kind: 'write' }
 */
export const checkAppend = <Location extends RecordedIdLocation>(
  input: AppendCheckInput<Location>,
): AppendCheck<Location> => {
  const { streamId, current, expected, eventIds } = input;
  const repeated = repeatedIds(eventIds);
  if (repeated.length > 0) {
    return {
      kind: 'refused',
      error: new DuplicateEventIds({ streamId, eventIds: repeated, existingStreamId: null }),
    };
  }
  const locations = eventIds.map(input.locate);
  const elsewhere = locations.find((location) => location !== undefined && location.streamId !== streamId);
  if (elsewhere !== undefined) {
    const ids = eventIds.filter((_, index) => locations[index]?.streamId === elsewhere.streamId);
    return {
      kind: 'refused',
      error: new DuplicateEventIds({ streamId, eventIds: ids, existingStreamId: elsewhere.streamId }),
    };
  }
  const recorded = eventIds.filter((_, index) => locations[index] !== undefined);
  if (recorded.length === 0) {
    if (expected === 'stream_exists' && current === 'no_stream') {
      return { kind: 'refused', error: new StreamNotFound({ streamId }) };
    }
    return satisfiesExpectedVersion(expected, current)
      ? { kind: 'write' }
      : { kind: 'refused', error: new VersionConflict({ streamId, expected, actual: current }) };
  }
  const first = locations[0];
  const last = locations[locations.length - 1];
  if (first !== undefined && last !== undefined && isOneRunInOrder(locations)) {
    // `any` and `stream_exists` carry no position, so the batch being there is enough.
    const sameExpectation =
      expected === 'any' ||
      expected === 'stream_exists' ||
      satisfiesExpectedVersion(expected, versionBefore(first.revision));
    if (sameExpectation) return { kind: 'already-applied', last };
  }
  return {
    kind: 'refused',
    error: new VersionConflict({ streamId, expected, actual: current, recordedEventIds: recorded }),
  };
};
