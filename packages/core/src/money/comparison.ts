import { type Either, left, right } from 'fp-ts/lib/Either.js';
import type { Money } from './money.js';
import { currencyMismatch, type MoneyError } from './money-error.js';

/** True when both amounts are in the same currency. */
export const sameCurrency = (a: Money, b: Money): boolean => a.currency === b.currency;

/**
 * -1 when a is less than b, 0 when equal, 1 when greater. Amounts in different currencies have no
 * order, because the core never converts between currencies.
 */
export const compareMoney = (a: Money, b: Money): Either<MoneyError, number> =>
  sameCurrency(a, b)
    ? right(Math.sign(a.minorUnits - b.minorUnits))
    : left(currencyMismatch(a.currency, b.currency));

/** The smaller of two amounts of one currency; a when they are equal. */
export const minMoney = (a: Money, b: Money): Either<MoneyError, Money> =>
  sameCurrency(a, b)
    ? right(b.minorUnits < a.minorUnits ? b : a)
    : left(currencyMismatch(a.currency, b.currency));

/** True when both amounts have the same currency and the same number of minor units. */
export const equalsMoney = (a: Money, b: Money): boolean =>
  sameCurrency(a, b) && a.minorUnits === b.minorUnits;

/** True for an amount of no minor units. */
export const isZero = (m: Money): boolean => m.minorUnits === 0;

/** True for an amount of at least one minor unit. */
export const isPositive = (m: Money): boolean => m.minorUnits > 0;
