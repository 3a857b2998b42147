import { isLeft, right } from 'fp-ts/lib/Either.js';
import { PathReporter } from 'io-ts/lib/PathReporter.js';
import { describe, expect, it } from 'vitest';
import { CurrencyCode, currencyCodes, currencyExponent } from '../../src/money/index.js';

describe('CurrencyCode', () => {
  it('decodes an active code to itself', () => {
    expect(CurrencyCode.decode('CNY')).toEqual(right('CNY'));
    expect(CurrencyCode.encode('EUR')).toEqual('EUR');
  });

  it('decodes codes added by the latest amendments', () => {
    expect(CurrencyCode.decode('XCG')).toEqual(right('XCG'));
    expect(CurrencyCode.decode('ZWG')).toEqual(right('ZWG'));
    expect(CurrencyCode.decode('XAD')).toEqual(right('XAD'));
    expect(CurrencyCode.decode('SLE')).toEqual(right('SLE'));
  });

  it.each([
    ['lower case', 'cny'],
    ['withdrawn when Bulgaria adopted the euro', 'BGN'],
    ['withdrawn: replaced by XCG', 'ANG'],
    ['withdrawn: Cuban convertible peso', 'CUC'],
    ['withdrawn: replaced by ZWG', 'ZWL'],
    ['withdrawn: replaced by SLE', 'SLL'],
    ['withdrawn: Croatia adopted the euro', 'HRK'],
    ['without a minor unit: gold', 'XAU'],
    ['without a minor unit: no currency', 'XXX'],
    ['without a minor unit: special drawing right', 'XDR'],
    ['never assigned', 'ABC'],
    ['an inherited property name', 'toString'],
    ['empty', ''],
  ])('rejects a code that is %s (%s)', (_, code) => {
    expect(CurrencyCode.is(code)).toBe(false);
    expect(PathReporter.report(CurrencyCode.decode(code))).toEqual([
      `Invalid value "${code}" supplied to : CurrencyCode`,
    ]);
  });

  it('rejects values that are not strings', () => {
    expect(isLeft(CurrencyCode.decode(156))).toBe(true);
    expect(isLeft(CurrencyCode.decode(null))).toBe(true);
  });
});

const spotChecks: ReadonlyArray<readonly [CurrencyCode, number]> = [
  ['JPY', 0],
  ['KRW', 0],
  ['VND', 0],
  ['CLP', 0],
  ['ISK', 0],
  ['XOF', 0],
  ['UYI', 0],
  ['CNY', 2],
  ['USD', 2],
  ['EUR', 2],
  ['GBP', 2],
  ['XCG', 2],
  ['BHD', 3],
  ['KWD', 3],
  ['JOD', 3],
  ['OMR', 3],
  ['TND', 3],
  ['IQD', 3],
  ['LYD', 3],
  ['CLF', 4],
  ['UYW', 4],
];

describe('currencyExponent', () => {
  it.each(spotChecks)('%s has %i decimal places', (code, exponent) => {
    expect(currencyExponent(code)).toBe(exponent);
  });
});

describe('currencyCodes', () => {
  it('lists the 165 codes of List One that have a minor unit, sorted and unique', () => {
    expect(currencyCodes).toHaveLength(165);
    expect([...currencyCodes].sort()).toEqual(currencyCodes);
    expect(new Set(currencyCodes).size).toBe(165);
  });

  it('gives every code an exponent of 0, 2, 3 or 4', () => {
    const byExponent = new Map<number, number>();
    for (const code of currencyCodes) {
      const exponent = currencyExponent(code);
      byExponent.set(exponent, (byExponent.get(exponent) ?? 0) + 1);
    }
    expect(Object.fromEntries(byExponent)).toEqual({ 0: 17, 2: 139, 3: 7, 4: 2 });
  });
});
