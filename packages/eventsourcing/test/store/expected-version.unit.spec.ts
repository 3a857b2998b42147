import { describe, expect, it } from 'vitest';
import {
  type ExpectedVersion,
  type StreamVersion,
  satisfiesExpectedVersion,
  versionBefore,
} from '../../src/index.js';

describe('satisfiesExpectedVersion', () => {
  const cases: readonly [ExpectedVersion, StreamVersion, boolean][] = [
    ['any', 'no_stream', true],
    ['any', 3n, true],
    ['no_stream', 'no_stream', true],
    ['no_stream', 0n, false],
    ['stream_exists', 'no_stream', false],
    ['stream_exists', 0n, true],
    [0n, 0n, true],
    [0n, 'no_stream', false],
    [2n, 3n, false],
    [4n, 3n, false],
  ];
  it.each(cases)('expected %s at %s: %s', (expected, current, satisfied) => {
    expect(satisfiesExpectedVersion(expected, current)).toBe(satisfied);
  });
});

describe('versionBefore', () => {
  it('is no_stream before revision 0 and the previous revision after', () => {
    expect([versionBefore(0n), versionBefore(1n), versionBefore(9n)]).toEqual(['no_stream', 0n, 8n]);
  });
});
