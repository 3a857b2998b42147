import { decodeClaimCommand } from '@parcel-claims/core';
import fc from 'fast-check';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { jsonOf, leavesOf, setAt } from '../../../../core/test/codec/json.js';
import { arbAnyCommand } from '../../../src/index.js';

/** A valid command with one code unit of one of its strings replaced by a surrogate code unit. */
const withLoneSurrogate = arbAnyCommand.chain((command) => {
  const json = jsonOf(command);
  const strings = leavesOf(json).filter((leaf) => typeof leaf.value === 'string');
  return fc.constantFrom(...strings).chain((leaf) => {
    const text = String(leaf.value);
    return fc
      .tuple(fc.nat({ max: text.length - 1 }), fc.integer({ min: 0xd800, max: 0xdfff }))
      .map(([index, unit]) => ({
        leaf,
        input: setAt(
          json,
          leaf.segments,
          `${text.slice(0, index)}${String.fromCharCode(unit)}${text.slice(index + 1)}`,
        ),
      }));
  });
});

describe('a lone surrogate in any string of a valid command', () => {
  it('is refused at decoding, with exactly one problem at that string', () => {
    fc.assert(
      fc.property(withLoneSurrogate, ({ leaf, input }) => {
        const decoded = decodeClaimCommand(input);
        const problems = E.isLeft(decoded) ? decoded.left.problems : [];
        expect(problems.map((problem) => problem.path)).toEqual([leaf.path]);
        // Apart from the command type, which names an unknown type, the problem says what is wrong.
        if (leaf.path !== '$.type')
          expect(problems[0]?.found).toMatch(/^a lone surrogate \(\\u[0-9a-f]{4}\) at index \d+$/);
      }),
      { numRuns: 1_000 },
    );
  });
});
