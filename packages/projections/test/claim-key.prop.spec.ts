import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { claimKey } from '../src/index.js';

describe('claimKey', () => {
  it('gives two claims the same key only when both their stream and their claim ids are the same', () => {
    const id = fc.oneof(fc.string(), fc.constantFrom('', ':', '1:', 'parcel-P1', 'C1', '9:parcel-P'));
    fc.assert(
      fc.property(id, id, id, id, (streamA, claimA, streamB, claimB) => {
        expect(claimKey(streamA, claimA) === claimKey(streamB, claimB)).toBe(
          streamA === streamB && claimA === claimB,
        );
      }),
      { numRuns: 2_000 },
    );
  });
});
