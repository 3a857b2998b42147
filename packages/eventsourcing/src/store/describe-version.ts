import type { ExpectedVersion, StreamVersion } from './expected-version.js';

/** Words for an expected version, for error messages. */
export const describeExpectedVersion = (expected: ExpectedVersion): string => {
  switch (expected) {
    case 'any':
      return 'any version';
    case 'no_stream':
      return 'no stream';
    case 'stream_exists':
      return 'an existing stream';
    default:
      return `revision ${expected}`;
  }
};

/** Words for a stream's current version, for error messages. */
export const describeStreamVersion = (version: StreamVersion): string =>
  version === 'no_stream' ? 'no stream' : `revision ${version}`;
