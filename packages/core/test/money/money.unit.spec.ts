import { right } from 'fp-ts/lib/Either.js';
import { PathReporter } from 'io-ts/lib/PathReporter.js';
import { describe, expect, it } from 'vitest';
import { isMinorUnits, MinorUnits, Money, money, zeroOf } from '../../src/money/index.js';

const report = (input: unknown): string[] => PathReporter.report(Money.decode(input));

describe('MinorUnits', () => {
  it.each([0, 1, 1250, Number.MAX_SAFE_INTEGER])('accepts %d', (n) => {
    expect(MinorUnits.decode(n)).toEqual(right(n));
  });

  it.each([
    ['a fraction', 12.5, '12.5'],
    ['a negative number', -1, '-1'],
    ['negative zero', -0, '0'],
    ['NaN', Number.NaN, 'NaN'],
    ['Infinity', Number.POSITIVE_INFINITY, 'Infinity'],
    ['a number past MAX_SAFE_INTEGER', Number.MAX_SAFE_INTEGER + 1, '9007199254740992'],
    ['a huge number', 1e21, '1e+21'],
  ])('rejects %s', (_, n, printed) => {
    expect(isMinorUnits(n)).toBe(false);
    expect(PathReporter.report(MinorUnits.decode(n))).toEqual([
      `Invalid value ${printed} supplied to : MinorUnits`,
    ]);
  });

  it('rejects a numeric string rather than reading it', () => {
    expect(PathReporter.report(MinorUnits.decode('1250'))).toEqual([
      'Invalid value "1250" supplied to : MinorUnits',
    ]);
  });
});

describe('Money codec', () => {
  it('decodes and encodes a stored amount unchanged', () => {
    const stored: unknown = JSON.parse('{"minorUnits":1234567,"currency":"CNY"}');
    const decoded = Money.decode(stored);
    expect(decoded).toEqual(right({ minorUnits: 1234567, currency: 'CNY' }));
    expect(Money.encode(money(1234567, 'CNY'))).toEqual({ minorUnits: 1234567, currency: 'CNY' });
    expect(JSON.parse(JSON.stringify(Money.encode(money(1200, 'JPY'))))).toEqual({
      minorUnits: 1200,
      currency: 'JPY',
    });
  });

  it('accepts Money values it produced', () => {
    expect(Money.is(money(1005, 'BHD'))).toBe(true);
    expect(Money.is({ minorUnits: 1.5, currency: 'BHD' })).toBe(false);
  });

  it('names minorUnits when the amount is a fraction', () => {
    expect(report({ minorUnits: 12.5, currency: 'CNY' })).toEqual([
      'Invalid value 12.5 supplied to : Money/minorUnits: MinorUnits',
    ]);
  });

  it('names minorUnits when the amount is negative', () => {
    expect(report({ minorUnits: -100, currency: 'CNY' })).toEqual([
      'Invalid value -100 supplied to : Money/minorUnits: MinorUnits',
    ]);
  });

  it('names minorUnits when the amount is not safe', () => {
    expect(report({ minorUnits: 2 ** 53, currency: 'USD' })).toEqual([
      'Invalid value 9007199254740992 supplied to : Money/minorUnits: MinorUnits',
    ]);
  });

  it('names minorUnits when the amount is a string', () => {
    expect(report({ minorUnits: '1250', currency: 'CNY' })).toEqual([
      'Invalid value "1250" supplied to : Money/minorUnits: MinorUnits',
    ]);
  });

  it('names currency when the code is lower case', () => {
    expect(report({ minorUnits: 1250, currency: 'cny' })).toEqual([
      'Invalid value "cny" supplied to : Money/currency: CurrencyCode',
    ]);
  });

  it('names currency when the code is unknown', () => {
    expect(report({ minorUnits: 1250, currency: 'XYZ' })).toEqual([
      'Invalid value "XYZ" supplied to : Money/currency: CurrencyCode',
    ]);
  });

  it('names every missing field', () => {
    expect(report({})).toEqual([
      'Invalid value undefined supplied to : Money/minorUnits: MinorUnits',
      'Invalid value undefined supplied to : Money/currency: CurrencyCode',
    ]);
  });

  it('rejects something that is not an object', () => {
    expect(report('CNY 12.50')).toEqual(['Invalid value "CNY 12.50" supplied to : Money']);
    expect(report(null)).toEqual(['Invalid value null supplied to : Money']);
  });
});

describe('money', () => {
  it('builds a Money from trusted literals', () => {
    expect(money(1250, 'CNY')).toEqual({ minorUnits: 1250, currency: 'CNY' });
    expect(money(0, 'JPY')).toEqual({ minorUnits: 0, currency: 'JPY' });
  });

  it.each([12.5, -1, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER + 1])(
    'throws a RangeError for the amount %d',
    (n) => {
      expect(() => money(n, 'CNY')).toThrow(RangeError);
    },
  );

  it('says what was wrong with the amount', () => {
    expect(() => money(12.5, 'CNY')).toThrow(
      new RangeError('not a whole, non-negative, safe number of minor units: 12.5'),
    );
  });

  it('throws a RangeError naming an unknown or lower-case currency', () => {
    expect(() => money(100, 'cny')).toThrow(
      new RangeError('not an active ISO 4217 currency code with a minor unit: cny'),
    );
    expect(() => money(100, 'BGN')).toThrow(RangeError);
  });
});

describe('zeroOf', () => {
  it('is zero in the given currency', () => {
    expect(zeroOf('KWD')).toEqual({ minorUnits: 0, currency: 'KWD' });
  });
});
