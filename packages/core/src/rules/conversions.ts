import * as E from 'fp-ts/lib/Either.js';
import { plusDays } from '../calendar/local-day.js';
import { because, type Rejection } from '../decider/rejection.js';
import {
  type Conversion,
  type CurrencyCode,
  convert,
  type ExchangeRate,
  type Money,
} from '../money/index.js';
import type { LocalDate } from '../time/local-date.js';

/** The dates a rate may be published for: `around` give or take `toleranceDays` calendar days. */
export interface AcceptableRateDates {
  readonly around: LocalDate;
  readonly toleranceDays: number;
}

/** An amount in the target currency, with the conversion that brought it there (null when none was needed). */
export interface InCurrency {
  readonly amount: Money;
  readonly conversion: Conversion | null;
}

/**
 * `amount` in `target`: as it is when already in `target`, else converted at the rate of `rates`
 * from its currency to `target`, which must be dated within the acceptable dates. Rounding is
 * half-even and stated in the conversion.
 */
export const inCurrency = (
  rule: 'C1' | 'R7' | 'N2',
  field: string,
  amount: Money,
  target: CurrencyCode,
  rates: readonly ExchangeRate[],
  dates: AcceptableRateDates,
): E.Either<Rejection, InCurrency> => {
  if (amount.currency === target) return E.right({ amount, conversion: null });
  const rate = rates.find((r) => r.from === amount.currency && r.to === target);
  if (rate === undefined)
    return E.left({
      code: 'ExchangeRateMissing',
      rule,
      field,
      from: amount.currency,
      to: target,
      message: because(
        rule,
        `${field} is in ${amount.currency}; a rate from ${amount.currency} to ${target} is needed`,
      ),
    });
  const earliest = plusDays(dates.around, -dates.toleranceDays);
  const latest = plusDays(dates.around, dates.toleranceDays);
  if (rate.date < earliest || rate.date > latest)
    return E.left({
      code: 'ExchangeRateDateNotAcceptable',
      rule,
      field,
      rateDate: rate.date,
      earliest,
      latest,
      message: because(
        rule,
        `the ${rate.from}/${rate.to} rate of ${rate.date} is not acceptable for ${field}; a rate dated ${earliest} to ${latest} is`,
      ),
    });
  const converted = convert(amount, rate);
  if (E.isLeft(converted))
    return E.left({
      code: 'AmountOverflow',
      rule,
      field,
      message: because(rule, `${field} converted to ${target} overflows the safe integer range`),
    });
  return E.right({ amount: converted.right.to, conversion: converted.right });
};
