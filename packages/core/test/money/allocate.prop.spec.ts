import fc from 'fast-check';
import { isLeft } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { allocate, currencyCodes, type Money, money } from '../../src/money/index.js';

const currency = fc.constantFrom(...currencyCodes);

/** A total anywhere in the safe range and 1 to 12 weights, at least one above zero. */
const allocation = fc
  .tuple(
    currency,
    fc.oneof(fc.nat({ max: 1000 }), fc.maxSafeNat()),
    fc.array(fc.oneof(fc.bigInt({ min: 0n, max: 10n }), fc.bigInt({ min: 0n, max: 10n ** 20n })), {
      minLength: 1,
      maxLength: 12,
    }),
  )
  .filter(([, , weights]) => weights.some((w) => w > 0n))
  .map(([code, units, weights]) => ({ total: money(units, code), weights }));

const sharesOf = (total: Money, weights: readonly bigint[]): bigint[] => {
  const result = allocate(total, weights);
  if (isLeft(result)) throw new Error(result.left.message);
  for (const share of result.right) expect(share.currency).toBe(total.currency);
  return result.right.map((share) => BigInt(share.minorUnits));
};

describe('allocate properties', () => {
  it('the shares add up to the total exactly', () => {
    fc.assert(
      fc.property(allocation, ({ total, weights }) => {
        expect(sharesOf(total, weights).reduce((a, b) => a + b, 0n)).toBe(BigInt(total.minorUnits));
      }),
    );
  });

  it('each share is less than one minor unit from its exact pro-rata value', () => {
    fc.assert(
      fc.property(allocation, ({ total, weights }) => {
        const sum = weights.reduce((a, b) => a + b, 0n);
        sharesOf(total, weights).forEach((share, index) => {
          const error = share * sum - BigInt(total.minorUnits) * (weights[index] ?? 0n);
          expect(error > -sum && error < sum).toBe(true);
        });
      }),
    );
  });

  it('a larger weight never gets a smaller share; of equal weights the earlier gets the same or one unit more', () => {
    fc.assert(
      fc.property(allocation, ({ total, weights }) => {
        const shares = sharesOf(total, weights);
        weights.forEach((wi, i) => {
          weights.forEach((wj, j) => {
            const si = shares[i] ?? 0n;
            const sj = shares[j] ?? 0n;
            if (wi < wj) expect(si <= sj).toBe(true);
            if (wi === wj && i < j) expect(si - sj === 0n || si - sj === 1n).toBe(true);
          });
        });
      }),
    );
  });

  it('amounts as weights share exactly as their minor units do', () => {
    fc.assert(
      fc.property(allocation, currency, ({ total, weights }, weightCurrency) => {
        const small = weights.map((w) => w % 10n ** 15n);
        fc.pre(small.some((w) => w > 0n));
        const asMoney = small.map((w) => money(Number(w), weightCurrency));
        expect(allocate(total, asMoney)).toEqual(allocate(total, small));
      }),
    );
  });
});
