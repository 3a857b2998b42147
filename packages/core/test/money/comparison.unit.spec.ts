import { isRight, left, right } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import {
  compareMoney,
  equalsMoney,
  isPositive,
  isZero,
  minMoney,
  money,
  sameCurrency,
} from '../../src/money/index.js';

const mismatch = left({
  code: 'CurrencyMismatch',
  left: 'JPY',
  right: 'KRW',
  message: 'cannot combine an amount in JPY with an amount in KRW',
});

describe('compareMoney', () => {
  it('orders amounts of one currency', () => {
    expect(compareMoney(money(100, 'CNY'), money(200, 'CNY'))).toEqual(right(-1));
    expect(compareMoney(money(200, 'CNY'), money(200, 'CNY'))).toEqual(right(0));
    expect(compareMoney(money(200, 'CNY'), money(100, 'CNY'))).toEqual(right(1));
  });

  it('orders the extremes of the safe range', () => {
    expect(compareMoney(money(0, 'CNY'), money(Number.MAX_SAFE_INTEGER, 'CNY'))).toEqual(right(-1));
  });

  it('has no order across currencies', () => {
    expect(compareMoney(money(100, 'JPY'), money(100, 'KRW'))).toEqual(mismatch);
  });
});

describe('minMoney', () => {
  it('picks the smaller amount, either way round', () => {
    expect(minMoney(money(500, 'CNY'), money(300, 'CNY'))).toEqual(right(money(300, 'CNY')));
    expect(minMoney(money(300, 'CNY'), money(500, 'CNY'))).toEqual(right(money(300, 'CNY')));
  });

  it('returns the first of two equal amounts', () => {
    const first = money(300, 'CNY');
    const result = minMoney(first, money(300, 'CNY'));
    expect(result).toEqual(right(money(300, 'CNY')));
    expect(isRight(result) ? result.right : undefined).toBe(first);
  });

  it('refuses different currencies', () => {
    expect(minMoney(money(100, 'JPY'), money(1, 'KRW'))).toEqual(mismatch);
  });
});

describe('equalsMoney', () => {
  it('is true for the same amount and currency', () => {
    expect(equalsMoney(money(1250, 'CNY'), money(1250, 'CNY'))).toBe(true);
  });

  it('is false for different amounts', () => {
    expect(equalsMoney(money(1250, 'CNY'), money(1251, 'CNY'))).toBe(false);
  });

  it('is false across currencies, even for the same number', () => {
    expect(equalsMoney(money(1250, 'CNY'), money(1250, 'HKD'))).toBe(false);
    expect(equalsMoney(money(0, 'CNY'), money(0, 'HKD'))).toBe(false);
  });
});

describe('sameCurrency', () => {
  it('compares currencies only', () => {
    expect(sameCurrency(money(1, 'BHD'), money(2, 'BHD'))).toBe(true);
    expect(sameCurrency(money(1, 'BHD'), money(1, 'KWD'))).toBe(false);
  });
});

describe('isZero and isPositive', () => {
  it('tell zero from a positive amount', () => {
    expect(isZero(money(0, 'VND'))).toBe(true);
    expect(isPositive(money(0, 'VND'))).toBe(false);
    expect(isZero(money(1, 'VND'))).toBe(false);
    expect(isPositive(money(1, 'VND'))).toBe(true);
  });
});
