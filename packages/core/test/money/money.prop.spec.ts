import fc from 'fast-check';
import { flatMap, isRight, left, right } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import {
  addMoney,
  compareMoney,
  currencyCodes,
  equalsMoney,
  formatMoney,
  formatPlain,
  type Money,
  minMoney,
  money,
  parseMoney,
  subtractFloorZero,
  subtractMoney,
} from '../../src/money/index.js';

const currency = fc.constantFrom(...currencyCodes);
const anyMoney = fc.tuple(fc.maxSafeNat(), currency).map(([n, c]) => money(n, c));

/** Two amounts of one currency, anywhere in the safe range, so that sums can overflow. */
const pair = currency.chain((c) =>
  fc.tuple(fc.maxSafeNat(), fc.maxSafeNat()).map(([x, y]): [Money, Money] => [money(x, c), money(y, c)]),
);

/** Three amounts of one currency small enough that no sum of them overflows. */
const smallTriple = currency.chain((c) => {
  const n = fc.nat({ max: Math.floor(Number.MAX_SAFE_INTEGER / 3) });
  return fc.tuple(n, n, n).map(([x, y, z]): [Money, Money, Money] => [money(x, c), money(y, c), money(z, c)]);
});

const triple = currency.chain((c) =>
  fc
    .tuple(fc.maxSafeNat(), fc.maxSafeNat(), fc.maxSafeNat())
    .map(([x, y, z]): [Money, Money, Money] => [money(x, c), money(y, c), money(z, c)]),
);

const twoCurrencies = fc.tuple(currency, currency).filter(([a, b]) => a !== b);

const sumLeftFirst = (a: Money, b: Money, c: Money) => flatMap(addMoney(a, b), (ab) => addMoney(ab, c));
const sumRightFirst = (a: Money, b: Money, c: Money) => flatMap(addMoney(b, c), (bc) => addMoney(a, bc));

const ordered = ([x, y]: [Money, Money]): [Money, Money] => (x.minorUnits <= y.minorUnits ? [x, y] : [y, x]);

describe('money properties', () => {
  it('parseMoney reads back what formatPlain wrote', () => {
    fc.assert(
      fc.property(anyMoney, (m) => {
        expect(parseMoney(formatPlain(m), m.currency)).toEqual(right(m));
      }),
    );
  });

  it('parseMoney reads back formatMoney once the code and separators are taken off', () => {
    fc.assert(
      fc.property(anyMoney, (m) => {
        const shown = formatMoney(m);
        const prefix = `${m.currency} `;
        expect(shown.startsWith(prefix)).toBe(true);
        expect(parseMoney(shown.slice(prefix.length).replaceAll(',', ''), m.currency)).toEqual(right(m));
      }),
    );
  });

  it('addition is commutative, overflow included', () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        expect(addMoney(a, b)).toEqual(addMoney(b, a));
      }),
    );
  });

  it('addition is associative within the safe range', () => {
    fc.assert(
      fc.property(smallTriple, ([a, b, c]) => {
        const leftFirst = sumLeftFirst(a, b, c);
        expect(isRight(leftFirst)).toBe(true);
        expect(leftFirst).toEqual(sumRightFirst(a, b, c));
      }),
    );
  });

  it('addition overflows grouped either way or not at all', () => {
    fc.assert(
      fc.property(triple, ([a, b, c]) => {
        expect(sumLeftFirst(a, b, c)).toEqual(sumRightFirst(a, b, c));
      }),
    );
  });

  it('the minimum is at most both amounts and is one of them', () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        const min = minMoney(a, b);
        expect(flatMap(min, (m) => compareMoney(m, a))).not.toEqual(right(1));
        expect(flatMap(min, (m) => compareMoney(m, b))).not.toEqual(right(1));
        expect([right(a), right(b)]).toContainEqual(min);
      }),
    );
  });

  it('subtracting then adding back gives the original amount', () => {
    fc.assert(
      fc.property(pair.map(ordered), ([small, large]) => {
        expect(flatMap(subtractMoney(large, small), (d) => addMoney(d, small))).toEqual(right(large));
      }),
    );
  });

  it('subtractFloorZero agrees with subtractMoney, except that it stops at zero', () => {
    fc.assert(
      fc.property(pair.map(ordered), ([small, large]) => {
        expect(subtractFloorZero(large, small)).toEqual(subtractMoney(large, small));
        if (small.minorUnits === large.minorUnits) return;
        expect(subtractMoney(small, large)).toEqual(
          left({ code: 'NegativeAmount', message: 'amount would be negative' }),
        );
        expect(subtractFloorZero(small, large)).toEqual(right(money(0, small.currency)));
      }),
    );
  });

  it('comparison is antisymmetric', () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        const ab = compareMoney(a, b);
        const ba = compareMoney(b, a);
        expect(isRight(ab) && isRight(ba) && ab.right + ba.right).toBe(0);
      }),
    );
  });

  it('every operation on two currencies fails with CurrencyMismatch', () => {
    fc.assert(
      fc.property(twoCurrencies, fc.maxSafeNat(), fc.maxSafeNat(), ([ca, cb], na, nb) => {
        const a = money(na, ca);
        const b = money(nb, cb);
        const mismatch = left({
          code: 'CurrencyMismatch',
          left: ca,
          right: cb,
          message: `cannot combine an amount in ${ca} with an amount in ${cb}`,
        });
        expect(addMoney(a, b)).toEqual(mismatch);
        expect(subtractMoney(a, b)).toEqual(mismatch);
        expect(subtractFloorZero(a, b)).toEqual(mismatch);
        expect(minMoney(a, b)).toEqual(mismatch);
        expect(compareMoney(a, b)).toEqual(mismatch);
        expect(equalsMoney(a, b)).toBe(false);
      }),
    );
  });
});
