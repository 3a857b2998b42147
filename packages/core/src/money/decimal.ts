import { type Either, left, right } from 'fp-ts/lib/Either.js';
import { CurrencyCode, currencyExponent } from './currency.js';
import { isMinorUnits, type Money } from './money.js';
import { amountOverflow, type MoneyError } from './money-error.js';

/** Text that {@link parseMoney} cannot read as an amount of the given currency. */
export interface InvalidAmount {
  readonly code: 'InvalidAmount';
  readonly input: string;
  readonly reason: string;
  readonly message: string;
}

/** Why {@link parseMoney} has no result. */
export type ParseMoneyError = MoneyError | InvalidAmount;

const PLAIN_DECIMAL = /^(\d+)(?:\.(\d+))?$/;
const THOUSANDS_BOUNDARY = /\B(?=(\d{3})+$)/g;

/**
 * The amount's decimal digits, split at the decimal point by string slicing: dividing by
 * 10^exponent would go through a float and could print 0.30000000000000004.
 */
const decimalParts = (m: Money): { readonly whole: string; readonly fraction: string } => {
  const exponent = currencyExponent(m.currency);
  const digits = String(m.minorUnits).padStart(exponent + 1, '0');
  const point = digits.length - exponent;
  return { whole: digits.slice(0, point), fraction: digits.slice(point) };
};

const joinParts = (whole: string, fraction: string): string =>
  fraction === '' ? whole : `${whole}.${fraction}`;

/**
 * The amount as a plain decimal without currency or separators, with exactly as many decimals as the
 * currency has: `12345.67` for CNY, `1200` for JPY, `1.005` for BHD. {@link parseMoney} reads it back.
 */
export const formatPlain = (m: Money): string => {
  const { whole, fraction } = decimalParts(m);
  return joinParts(whole, fraction);
};

/** The amount for people to read: `CNY 12,345.67`, `JPY 1,200`, `BHD 1.005`. */
export const formatMoney = (m: Money): string => {
  const { whole, fraction } = decimalParts(m);
  return `${m.currency} ${joinParts(whole.replace(THOUSANDS_BOUNDARY, ','), fraction)}`;
};

const invalidAmount = (input: string, currency: string, reason: string): InvalidAmount => ({
  code: 'InvalidAmount',
  input,
  reason,
  message: `cannot read "${input}" as an amount of ${currency}: ${reason}`,
});

const tooManyDecimals = (currency: CurrencyCode, exponent: number): string =>
  exponent === 0
    ? `${currency} has no minor unit, so the amount takes no decimals`
    : `${currency} takes at most ${exponent} decimal places`;

/**
 * Reads a plain decimal such as `12345.67` or `12345` as an amount of the currency. Fewer decimals than
 * the currency has are padded (`12.5` CNY is 1250 fen); more are refused rather than rounded. Signs,
 * thousands separators, spaces and exponents are refused, because an amount that needs them was not
 * meant for a machine.
 */
export const parseMoney = (text: string, currency: string): Either<ParseMoneyError, Money> => {
  if (!CurrencyCode.is(currency)) {
    return left(invalidAmount(text, currency, `"${currency}" is not an active ISO 4217 currency code`));
  }
  const match = PLAIN_DECIMAL.exec(text);
  if (match === null) {
    return left(
      invalidAmount(
        text,
        currency,
        'expected digits with an optional decimal point, without sign or separators',
      ),
    );
  }
  // Stryker disable next-line StringLiteral: the first group of PLAIN_DECIMAL always matches, so this default is never used
  const whole = match[1] ?? '';
  const fraction = match[2] ?? '';
  const exponent = currencyExponent(currency);
  if (fraction.length > exponent) {
    return left(invalidAmount(text, currency, tooManyDecimals(currency, exponent)));
  }
  // Number() is exact for every integer up to MAX_SAFE_INTEGER; anything larger rounds to 2^53 or
  // more, never back into the safe range, so the range check below cannot be fooled by rounding.
  const minorUnits = Number(`${whole}${fraction.padEnd(exponent, '0')}`);
  return isMinorUnits(minorUnits) ? right({ minorUnits, currency }) : left(amountOverflow);
};
