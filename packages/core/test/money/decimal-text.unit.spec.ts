import { right } from 'fp-ts/lib/Either.js';
import { PathReporter } from 'io-ts/lib/PathReporter.js';
import { describe, expect, it } from 'vitest';
import {
  DecimalText,
  decimalText,
  decimalTextLength,
  divideHalfEven,
  exactDecimal,
} from '../../src/money/index.js';

describe('DecimalText', () => {
  it.each(['7.8125', '0.1373', '1', '100', '7.80', '0.000000000001', '999999999999999.999999999999'])(
    'accepts %s',
    (text) => {
      expect(DecimalText.decode(text)).toEqual(right(text));
    },
  );

  it('is at most 28 characters long: 15 digits, the point and 12 digits', () => {
    expect(decimalTextLength).toBe(28);
    expect('999999999999999.999999999999'.length).toBe(decimalTextLength);
  });

  it.each([
    ['empty text', ''],
    ['zero', '0'],
    ['zero with decimals', '0.000'],
    ['a leading zero', '01.5'],
    ['two leading zeros', '00.5'],
    ['a sign', '-1'],
    ['a plus sign', '+1'],
    ['an exponent', '1e3'],
    ['a point without decimals', '1.'],
    ['a point without a whole part', '.5'],
    ['a space', ' 1'],
    ['a comma', '1,5'],
    ['thirteen decimals', '1.0000000000001'],
    ['sixteen whole digits', '1000000000000000'],
    ['digits other than ASCII', '٧'],
  ])('refuses %s', (_, text) => {
    expect(PathReporter.report(DecimalText.decode(text))).toEqual([
      `Invalid value ${JSON.stringify(text)} supplied to : DecimalText`,
    ]);
  });

  it('refuses a JSON number, which could not hold most decimals exactly', () => {
    expect(PathReporter.report(DecimalText.decode(7.8125))).toEqual([
      'Invalid value 7.8125 supplied to : DecimalText',
    ]);
  });

  it('decimalText builds a literal and throws on anything else', () => {
    expect(decimalText('7.8125')).toBe('7.8125');
    expect(() => decimalText('0')).toThrow(new RangeError('not an exact positive decimal: 0'));
  });
});

describe('exactDecimal', () => {
  it.each([
    ['7.8125', 78125n, 4],
    ['0.1373', 1373n, 4],
    ['12', 12n, 0],
    ['7.80', 780n, 2],
    ['0.000000000001', 1n, 12],
    ['999999999999999.999999999999', 999999999999999999999999999n, 12],
  ])('reads %s as %s over 10^%d', (text, numerator, scale) => {
    expect(exactDecimal(decimalText(text))).toEqual({ numerator, scale });
  });
});

describe('divideHalfEven', () => {
  it.each([
    [25n, 10n, 2n],
    [35n, 10n, 4n],
    [45n, 10n, 4n],
    [55n, 10n, 6n],
    [5n, 10n, 0n],
    [15n, 10n, 2n],
    [24n, 10n, 2n],
    [26n, 10n, 3n],
    [0n, 7n, 0n],
    [7n, 7n, 1n],
    [1n, 3n, 0n],
    [2n, 3n, 1n],
  ])('%d / %d is %d', (numerator, denominator, quotient) => {
    expect(divideHalfEven(numerator, denominator)).toBe(quotient);
  });
});
