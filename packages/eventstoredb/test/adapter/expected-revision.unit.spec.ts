import { WrongExpectedVersionError } from '@eventstore/db-client';
import { VersionConflict } from '@parcel-claims/eventsourcing';
import { describe, expect, it } from 'vitest';
import { fromExpectedRevision, toExpectedRevision, versionConflictFrom } from '../../src/index.js';

describe('expected versions between the port and the client', () => {
  it('map both ways without change, revisions 0-based on both sides', () => {
    for (const expected of ['any', 'no_stream', 'stream_exists', 0n, 7n] as const) {
      expect(fromExpectedRevision(toExpectedRevision(expected))).toBe(expected);
    }
  });

  it('a WrongExpectedVersionError is a VersionConflict with the caller’s expectation and the actual revision', () => {
    const error = new WrongExpectedVersionError(undefined, {
      streamName: 'parcel-1',
      expected: 3n,
      current: 5n,
    });
    expect(versionConflictFrom('parcel-1', 'any', error)).toStrictEqual(
      new VersionConflict({ streamId: 'parcel-1', expected: 'any', actual: 5n }),
    );
    const missing = new WrongExpectedVersionError(undefined, {
      streamName: 'p',
      expected: 0n,
      current: 'no_stream',
    });
    expect(versionConflictFrom('p', 0n, missing)).toStrictEqual(
      new VersionConflict({ streamId: 'p', expected: 0n, actual: 'no_stream' }),
    );
  });
});
