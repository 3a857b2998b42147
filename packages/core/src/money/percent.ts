import { type Either, left, right } from 'fp-ts/lib/Either.js';
import { type DecimalText, exactDecimal, powerOfTen } from './decimal-text.js';
import { divideHalfEven } from './half-even.js';
import { isMinorUnits, type Money } from './money.js';
import { type AmountOverflow, amountOverflow } from './money-error.js';

/**
 * `percent` per cent of `amount`, in its currency, rounded half-even to its minor units and computed
 * on whole numbers (bigint) only. A percentage above 100 is allowed; it fails only when the result
 * passes Number.MAX_SAFE_INTEGER minor units.
 *
 * @example percentOf(money(1298000, 'CNY'), decimalText('2.5')) // right(CNY 324.50)
 */
export const percentOf = (amount: Money, percent: DecimalText): Either<AmountOverflow, Money> => {
  const { numerator, scale } = exactDecimal(percent);
  const share = divideHalfEven(BigInt(amount.minorUnits) * numerator, 100n * powerOfTen(scale));
  // Number() is exact up to MAX_SAFE_INTEGER; anything larger gives 2^53 or more, which is refused.
  const minorUnits = Number(share);
  return isMinorUnits(minorUnits) ? right({ minorUnits, currency: amount.currency }) : left(amountOverflow);
};
