import { type Either, left, right } from 'fp-ts/lib/Either.js';
import { sameCurrency } from './comparison.js';
import { isMinorUnits, type Money, zeroOf } from './money.js';
import { amountOverflow, currencyMismatch, type MoneyError, negativeAmount } from './money-error.js';

/** a + b. Fails rather than round when the sum passes Number.MAX_SAFE_INTEGER minor units. */
export const addMoney = (a: Money, b: Money): Either<MoneyError, Money> => {
  if (!sameCurrency(a, b)) return left(currencyMismatch(a.currency, b.currency));
  const sum = a.minorUnits + b.minorUnits;
  // Past 2^53 the float sum may be rounded, but never back below it, so the check still catches it.
  return isMinorUnits(sum) ? right({ minorUnits: sum, currency: a.currency }) : left(amountOverflow);
};

/** a - b, failing with NegativeAmount when b is larger than a. */
export const subtractMoney = (a: Money, b: Money): Either<MoneyError, Money> => {
  if (!sameCurrency(a, b)) return left(currencyMismatch(a.currency, b.currency));
  const difference = a.minorUnits - b.minorUnits;
  return isMinorUnits(difference)
    ? right({ minorUnits: difference, currency: a.currency })
    : left(negativeAmount);
};

/**
 * a - b, or zero when b is larger than a: a deductible larger than the loss leaves nothing to pay,
 * which is an outcome, not an error. Different currencies still fail.
 */
export const subtractFloorZero = (a: Money, b: Money): Either<MoneyError, Money> => {
  if (!sameCurrency(a, b)) return left(currencyMismatch(a.currency, b.currency));
  const difference = a.minorUnits - b.minorUnits;
  return right(
    isMinorUnits(difference) ? { minorUnits: difference, currency: a.currency } : zeroOf(a.currency),
  );
};
