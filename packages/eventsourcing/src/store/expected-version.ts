/**
 * What a writer expects of a stream when it appends.
 *
 * - `'no_stream'`: the stream must not exist yet (the first append of a new stream).
 * - `'stream_exists'`: the stream must exist, whatever its revision.
 * - `'any'`: no check.
 * - a bigint: the stream's current revision must be exactly this (revisions are 0-based, so
 *   `0n` means "exactly one event so far"). There is no `-1n`: an empty stream is `'no_stream'`.
 */
export type ExpectedVersion = 'no_stream' | 'any' | 'stream_exists' | bigint;

/** Where a stream is now: the revision of its last event, or `'no_stream'` if it has none. */
export type StreamVersion = bigint | 'no_stream';

/**
 * Whether a stream at `current` satisfies `expected`. Stores share this so they all answer the
 * same way.
 *
 * @example
 * satisfiesExpectedVersion(2n, 2n); // true
 * satisfiesExpectedVersion('no_stream', 0n); // false
 */
export const satisfiesExpectedVersion = (expected: ExpectedVersion, current: StreamVersion): boolean => {
  switch (expected) {
    case 'any':
      return true;
    case 'no_stream':
      return current === 'no_stream';
    case 'stream_exists':
      return current !== 'no_stream';
    default:
      return current === expected;
  }
};

/** The version a stream had just before the event at `revision` was written. */
export const versionBefore = (revision: bigint): StreamVersion =>
  revision === 0n ? 'no_stream' : revision - 1n;
