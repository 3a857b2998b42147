import fc from 'fast-check';

/** Digits `0`..`max`, zero-padded to `width`. */
export const paddedDigits = (width: number, max: number): fc.Arbitrary<string> =>
  fc.integer({ min: 0, max }).map((n) => String(n).padStart(width, '0'));

/** A year of four digits, leaning to the edges of centuries and leap years. */
export const fourDigitYear: fc.Arbitrary<string> = fc.oneof(
  paddedDigits(4, 9999),
  fc.constantFrom('0000', '1900', '2000', '2024', '2025', '2100', '9999'),
);

/**
 * The text as it is or broken once: one character replaced by one of `replacements` in any place,
 * one character dropped, or a `0` added anywhere.
 */
export const brokenOnce = (text: string, replacements: readonly string[]): fc.Arbitrary<string> =>
  fc.oneof(
    fc.constant(text),
    fc
      .tuple(fc.nat({ max: text.length - 1 }), fc.constantFrom(...replacements))
      .map(([index, char]) => `${text.slice(0, index)}${char}${text.slice(index + 1)}`),
    fc.nat({ max: text.length - 1 }).map((index) => `${text.slice(0, index)}${text.slice(index + 1)}`),
    fc.nat({ max: text.length }).map((index) => `${text.slice(0, index)}0${text.slice(index)}`),
  );
