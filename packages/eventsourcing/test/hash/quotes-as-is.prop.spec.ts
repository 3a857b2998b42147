import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quotesAsIs } from '../../src/hash/canonical-json.js';

// Any UTF-16 string, lone surrogates and control characters included, and strings built mostly of
// the characters at the edges of what JSON escapes.
const anyText = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: fc.constantFrom('a', '"', '\\', '\u001f', ' ', '\u007f', '\ud83d', '\ude00', '\ud800') }),
);

describe('quotesAsIs', () => {
  it("holds exactly when a string's JSON text is the string between quotes", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(quotesAsIs(text)).toBe(JSON.stringify(text) === `"${text}"`);
      }),
      { numRuns: 2000 },
    );
  });

  it('answers for each kind of character', () => {
    expect(
      ['parcel-1', 'say "hi"', 'a\\b', 'tab\there', '\u007f', '\ud83d\ude00', '\ud83d', '\ude00x', ''].map(
        quotesAsIs,
      ),
    ).toEqual([true, false, false, false, true, true, false, false, true]);
  });
});
