import { left, right } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { allocate, type Money, money } from '../../src/money/index.js';

const cny = (minorUnits: number): Money => money(minorUnits, 'CNY');

describe('allocate', () => {
  it('splits CNY 10.00 three ways as 3.34, 3.33, 3.33: the left-over fen goes to the first of equal remainders', () => {
    expect(allocate(cny(1000), [1n, 1n, 1n])).toEqual(right([cny(334), cny(333), cny(333)]));
  });

  it('gives the left-over units to the largest remainders, not to the first weights', () => {
    // Exact shares 1.4, 2.8, 5.8 (total 10): floors 1, 2, 5 leave 2; remainders .4, .8, .8.
    expect(allocate(money(10, 'JPY'), [7n, 14n, 29n])).toEqual(
      right([money(1, 'JPY'), money(3, 'JPY'), money(6, 'JPY')]),
    );
  });

  it('shares an insured CNY 12,800.00 by the goods values of three pieces in another currency', () => {
    const pieces = [money(50000, 'USD'), money(30000, 'USD'), money(20000, 'USD')];
    expect(allocate(cny(1280000), pieces)).toEqual(right([cny(640000), cny(384000), cny(256000)]));
  });

  it('gives nothing to a weight of zero and everything to the only weight', () => {
    expect(allocate(cny(999), [0n, 5n, 0n])).toEqual(right([cny(0), cny(999), cny(0)]));
  });

  it('shares nothing as nothing', () => {
    expect(allocate(cny(0), [1n, 2n])).toEqual(right([cny(0), cny(0)]));
  });

  it('two units over three equal weights go to the first two', () => {
    expect(allocate(cny(2), [1n, 1n, 1n])).toEqual(right([cny(1), cny(1), cny(0)]));
  });

  it('refuses to allocate over no weights', () => {
    expect(allocate(cny(100), [])).toEqual(
      left({ code: 'NoWeights', message: 'cannot allocate an amount over no weights' }),
    );
  });

  it('refuses a negative weight, naming it', () => {
    expect(allocate(cny(100), [1n, -1n])).toEqual(
      left({ code: 'NegativeWeight', index: 1, message: 'weight 1 is below zero' }),
    );
  });

  it('refuses weights that are all zero', () => {
    expect(allocate(cny(100), [0n, 0n])).toEqual(
      left({ code: 'ZeroTotalWeight', message: 'cannot allocate an amount when every weight is zero' }),
    );
    expect(allocate(cny(100), [money(0, 'USD')])).toEqual(
      left({ code: 'ZeroTotalWeight', message: 'cannot allocate an amount when every weight is zero' }),
    );
  });

  it('refuses amounts as weights in more than one currency', () => {
    expect(allocate(cny(100), [money(1, 'USD'), money(1, 'USD'), money(1, 'EUR')])).toEqual(
      left({
        code: 'CurrencyMismatch',
        left: 'USD',
        right: 'EUR',
        message: 'cannot combine an amount in USD with an amount in EUR',
      }),
    );
  });
});
