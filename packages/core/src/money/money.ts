import * as t from 'io-ts';
import { closed } from '../codec/closed.js';
import { CurrencyCode } from './currency.js';

/** Brand that only {@link isMinorUnits} and the {@link MinorUnits} codec hand out. */
export interface MinorUnitsBrand {
  readonly MinorUnits: unique symbol;
}

/** A whole, non-negative number of minor units that a JavaScript number holds exactly. */
export type MinorUnits = t.Branded<number, MinorUnitsBrand>;

/**
 * Number.isSafeInteger already rules out fractions, NaN, the infinities and anything past
 * Number.MAX_SAFE_INTEGER. Negative zero is refused too: it prints and compares like zero, but
 * Object.is tells it apart, so two otherwise equal events would not be structurally equal.
 */
export const isMinorUnits = (n: number): n is MinorUnits =>
  Number.isSafeInteger(n) && n >= 0 && !Object.is(n, -0);

/**
 * Codec for {@link MinorUnits}: a JSON number only, never a numeric string, so that a stored `"1250"`
 * is reported rather than silently read as 1250.
 */
export const MinorUnits = t.brand(t.number, isMinorUnits, 'MinorUnits');

/** An amount of one currency, counted in that currency's minor units (fen, cents, fils). */
export const Money = closed({ minorUnits: MinorUnits, currency: CurrencyCode }, 'Money');
export type Money = t.TypeOf<typeof Money>;

/**
 * Builds a {@link Money} from trusted literals such as constants and test fixtures.
 *
 * @throws RangeError when the amount is not valid {@link MinorUnits} or the currency is not a
 * {@link CurrencyCode}. Use the {@link Money} codec for input that may be wrong.
 */
export const money = (minorUnits: number, currency: string): Money => {
  if (!isMinorUnits(minorUnits)) {
    throw new RangeError(`not a whole, non-negative, safe number of minor units: ${minorUnits}`);
  }
  if (!CurrencyCode.is(currency)) {
    throw new RangeError(`not an active ISO 4217 currency code with a minor unit: ${currency}`);
  }
  return { minorUnits, currency };
};

/** Zero in the given currency. */
export const zeroOf = (currency: CurrencyCode): Money => money(0, currency);
