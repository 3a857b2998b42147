import * as t from 'io-ts';

export interface PositiveIntegerBrand {
  readonly PositiveInteger: unique symbol;
}

/** A whole number of at least 1 that is exactly representable (a day count, a version, a weight in grams). */
export const PositiveInteger = t.brand(
  t.number,
  (n): n is t.Branded<number, PositiveIntegerBrand> => Number.isSafeInteger(n) && n >= 1,
  'PositiveInteger',
);
export type PositiveInteger = t.TypeOf<typeof PositiveInteger>;

/** Checks a count given by the program itself; anything but a positive integer is a programming error. */
export const positiveInteger = (n: number): PositiveInteger => {
  if (!PositiveInteger.is(n)) throw new RangeError(`expected a positive integer, got ${n}`);
  return n;
};
