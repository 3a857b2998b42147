import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js';
import { type AllocationError, negativeWeight, noWeights, zeroTotalWeight } from './exchange-error.js';
import { isMinorUnits, type Money } from './money.js';
import { currencyMismatch } from './money-error.js';

const weightsOf = (weights: readonly bigint[] | readonly Money[]): Either<AllocationError, bigint[]> => {
  const values: bigint[] = [];
  for (const [index, weight] of weights.entries()) {
    if (typeof weight === 'bigint') {
      if (weight < 0n) return left(negativeWeight(index));
      values.push(weight);
    } else {
      const first = weights[0];
      if (typeof first !== 'bigint' && first !== undefined && first.currency !== weight.currency)
        return left(currencyMismatch(first.currency, weight.currency));
      values.push(BigInt(weight.minorUnits));
    }
  }
  return right(values);
};

/**
 * Splits `total` into one share per weight, pro rata, by the largest-remainder method: each share
 * is first its exact pro-rata value rounded down; the minor units this leaves over (fewer than the
 * number of weights) go one each to the shares with the largest remainders, and between equal
 * remainders to the earlier weight. So the shares add up to `total` exactly, each lies within one
 * minor unit of its exact value (below it by less than one, or above it by less than one), and a
 * larger weight never gets a smaller share. Weights are whole numbers (bigint) or amounts of one
 * currency, which need not be `total`'s (an insured value shared by the pieces' goods values).
 *
 * @example allocate(money(1000, 'CNY'), [1n, 1n, 1n]) // right([CNY 3.34, CNY 3.33, CNY 3.33])
 */
export const allocate = (
  total: Money,
  weights: readonly bigint[] | readonly Money[],
): Either<AllocationError, Money[]> => {
  if (weights.length === 0) return left(noWeights);
  const read = weightsOf(weights);
  if (isLeft(read)) return read;
  const values = read.right;
  const sum = values.reduce((a, b) => a + b, 0n);
  if (sum === 0n) return left(zeroTotalWeight);
  const amount = BigInt(total.minorUnits);
  const floors = values.map((w) => (amount * w) / sum);
  const remainders = values.map((w) => (amount * w) % sum);
  let leftOver = amount - floors.reduce((a, b) => a + b, 0n);
  // Stable: equal remainders keep their order, so the earlier weight is served first.
  const order = [...remainders.keys()].sort((i, j) => {
    const a = remainders[i] ?? 0n;
    const b = remainders[j] ?? 0n;
    return a === b ? i - j : a > b ? -1 : 1;
  });
  const shares = [...floors];
  for (const index of order) {
    if (leftOver === 0n) break;
    shares[index] = (shares[index] ?? 0n) + 1n;
    leftOver -= 1n;
  }
  return right(
    shares.map((share) => {
      const minorUnits = Number(share);
      // Every share is at most `total`, so it is always a valid number of minor units.
      return isMinorUnits(minorUnits) ? { minorUnits, currency: total.currency } : total;
    }),
  );
};
