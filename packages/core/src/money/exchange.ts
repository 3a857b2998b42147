import { type Either, isLeft, left, right } from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';
import { closed } from '../codec/closed.js';
import { NonEmptyText } from '../ids.js';
import { LocalDate } from '../time/local-date.js';
import { CurrencyCode, currencyExponent } from './currency.js';
import { DecimalText, exactDecimal, powerOfTen } from './decimal-text.js';
import { type ExchangeError, rateNotApplicable, rateWithinOneCurrency } from './exchange-error.js';
import { divideHalfEven } from './half-even.js';
import { isMinorUnits, Money } from './money.js';
import { amountOverflow } from './money-error.js';

const ExchangeRateShape = closed(
  { from: CurrencyCode, to: CurrencyCode, rate: DecimalText, date: LocalDate, source: NonEmptyText },
  'ExchangeRate',
);

const betweenTwoCurrencies = (rate: t.TypeOf<typeof ExchangeRateShape>): boolean => rate.from !== rate.to;

/**
 * How many units of `to` one unit of `from` buys (`rate`, an exact {@link DecimalText}), as
 * published by `source` for `date`: `{ from: 'USD', to: 'CNY', rate: '7.1234', date: '2026-11-30',
 * source: 'PBOC central parity' }`. The rate is in major units (yuan per dollar), whatever the two
 * currencies' minor units. `from` and `to` differ: decoding a rate within one currency fails.
 */
export const ExchangeRate = new t.RefinementType(
  'ExchangeRate',
  (u): u is t.TypeOf<typeof ExchangeRateShape> => ExchangeRateShape.is(u) && betweenTwoCurrencies(u),
  (u, c) => {
    const decoded = ExchangeRateShape.validate(u, c);
    if (isLeft(decoded) || betweenTwoCurrencies(decoded.right)) return decoded;
    return t.failure(u, c, `a rate from ${decoded.right.from} to ${decoded.right.to} converts nothing`);
  },
  ExchangeRateShape.encode,
  ExchangeRateShape,
  betweenTwoCurrencies,
);
export type ExchangeRate = t.TypeOf<typeof ExchangeRate>;

/** The rounding every conversion uses: to the nearest minor unit, ties to even. */
export const ConversionRounding = t.literal('half-even');
export type ConversionRounding = t.TypeOf<typeof ConversionRounding>;

/**
 * An amount converted into another currency: `to` is `from` times the rate, rounded to `to`'s minor
 * units as `rounding` states. {@link convert} is the only thing that builds one.
 */
export const Conversion = closed(
  { from: Money, to: Money, rate: ExchangeRate, rounding: ConversionRounding },
  'Conversion',
);
export type Conversion = t.TypeOf<typeof Conversion>;

/**
 * The converted amount before rounding, as a fraction of `to`'s minor units. Both scales are powers
 * of ten, so the exact value is always a finite decimal.
 */
const exactMinorUnits = (amount: Money, rate: ExchangeRate): { numerator: bigint; denominator: bigint } => {
  const { numerator, scale } = exactDecimal(rate.rate);
  return {
    numerator: BigInt(amount.minorUnits) * numerator * powerOfTen(currencyExponent(rate.to)),
    denominator: powerOfTen(scale + currencyExponent(amount.currency)),
  };
};

const checkRate = (amount: Money, rate: ExchangeRate): ExchangeError | null => {
  if (rate.from === rate.to) return rateWithinOneCurrency(rate.from);
  if (amount.currency !== rate.from) return rateNotApplicable(amount.currency, rate.from, rate.to);
  return null;
};

/**
 * `amount` in the rate's target currency, rounded half-even to that currency's minor units, with
 * everything needed to check it. Computed on whole numbers (bigint) only: the amount's minor units
 * times the rate's digits, over a power of ten. Fails when the amount is not in the rate's source
 * currency, when the rate stays within one currency, or when the result passes
 * Number.MAX_SAFE_INTEGER minor units.
 *
 * @example
 * // USD 100.00 at 7.1234 is CNY 712.34; JPY 1,000 at 0.04845 is CNY 48.45; CNY 0.05 at 0.5 is CNY 0.02 (tie to even)
 * convert(money(10000, 'USD'), { from: 'USD', to: 'CNY', rate: decimalText('7.1234'), date, source })
 */
export const convert = (amount: Money, rate: ExchangeRate): Either<ExchangeError, Conversion> => {
  const refused = checkRate(amount, rate);
  if (refused !== null) return left(refused);
  const { numerator, denominator } = exactMinorUnits(amount, rate);
  // Number() is exact up to MAX_SAFE_INTEGER and gives 2^53 or more for anything larger, which
  // isMinorUnits refuses: a result too large to hold is reported, never rounded into range.
  const minorUnits = Number(divideHalfEven(numerator, denominator));
  if (!isMinorUnits(minorUnits)) return left(amountOverflow);
  return right({ from: amount, to: { minorUnits, currency: rate.to }, rate, rounding: 'half-even' });
};

/**
 * The converted amount before any rounding, in major units of the target currency, as exact
 * decimal text without trailing zeros: USD 0.07 at 0.5 is `0.035` (CNY), which {@link convert}
 * rounds to CNY 0.04. Refuses what {@link convert} refuses, except an overflow.
 */
export const exactConversionText = (amount: Money, rate: ExchangeRate): Either<ExchangeError, string> => {
  const refused = checkRate(amount, rate);
  if (refused !== null) return left(refused);
  const { numerator, scale } = exactDecimal(rate.rate);
  const fractionDigits = scale + currencyExponent(amount.currency);
  const digits = (BigInt(amount.minorUnits) * numerator).toString().padStart(fractionDigits + 1, '0');
  const point = digits.length - fractionDigits;
  const fraction = digits.slice(point).replace(/0+$/, '');
  return right(fraction === '' ? digits.slice(0, point) : `${digits.slice(0, point)}.${fraction}`);
};
