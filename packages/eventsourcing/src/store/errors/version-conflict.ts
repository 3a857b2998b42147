import { describeExpectedVersion, describeStreamVersion } from '../describe-version.js';
import type { ExpectedVersion, StreamVersion } from '../expected-version.js';

/**
 * Why an append was refused as a conflict: the version expected, the one found, and the ids already recorded.
 */
export interface VersionConflictDetails {
  readonly streamId: string;
  readonly expected: ExpectedVersion;
  readonly actual: StreamVersion;
  /** Ids of the batch already recorded in this stream (a partial or misplaced re-append). */
  readonly recordedEventIds?: readonly string[];
}

/**
 * The stream is not where the writer expected it. A command handler reloads and decides again.
 *
 * @example
 * new VersionConflict({ streamId: 'account-1', expected: 2n, actual: 4n }).message;
 * // 'Version conflict on stream "account-1": expected revision 2, actual revision 4'
 */
export class VersionConflict extends Error {
  override readonly name = 'VersionConflict';
  readonly streamId: string;
  readonly expected: ExpectedVersion;
  readonly actual: StreamVersion;
  readonly recordedEventIds: readonly string[];

  constructor(details: VersionConflictDetails) {
    const recorded = details.recordedEventIds ?? [];
    super(
      `Version conflict on stream "${details.streamId}": expected ${describeExpectedVersion(details.expected)}, ` +
        `actual ${describeStreamVersion(details.actual)}` +
        (recorded.length === 0 ? '' : `; event ids already recorded in it: ${recorded.join(', ')}`),
    );
    this.streamId = details.streamId;
    this.expected = details.expected;
    this.actual = details.actual;
    this.recordedEventIds = recorded;
  }
}
