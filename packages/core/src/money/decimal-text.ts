import * as t from 'io-ts';
import { withMaxLength } from '../codec/max-length.js';

/** The most digits a {@link DecimalText} may have after its point. */
export const decimalTextFractionDigits = 12;

/** The most digits a {@link DecimalText} may have before its point. */
export const decimalTextWholeDigits = 15;

/** The longest {@link DecimalText}: whole digits, the point, fraction digits. */
export const decimalTextLength = decimalTextWholeDigits + 1 + decimalTextFractionDigits;

const DECIMAL = /^(?:0|[1-9][0-9]{0,14})(?:\.[0-9]{1,12})?$/;
const NONZERO_DIGIT = /[1-9]/;

export interface DecimalTextBrand {
  readonly DecimalText: unique symbol;
}

/** True for the text of an exact decimal above zero, as {@link DecimalText} describes it. */
const isDecimalText = (s: string): s is t.Branded<string, DecimalTextBrand> =>
  s.length <= decimalTextLength && DECIMAL.test(s) && NONZERO_DIGIT.test(s);

/**
 * An exact decimal above zero written as text, such as an exchange rate (`7.8125`, `0.1373`) or a
 * percentage (`2.5`): digits with an optional point and 1 to 12 digits after it; at most 15 digits
 * before it, without leading zeros other than the single `0` of `0.5`; no sign, exponent, spaces or
 * separators. Trailing zeros after the point are allowed and change nothing (`7.80` is `7.8`). Text,
 * not a JSON number, because a binary float cannot hold most decimals exactly.
 */
export const DecimalText = withMaxLength(t.brand(t.string, isDecimalText, 'DecimalText'), decimalTextLength);
export type DecimalText = t.TypeOf<typeof DecimalText>;

/**
 * Builds a {@link DecimalText} from a trusted literal such as a constant or a test fixture.
 *
 * @throws RangeError when the text is not a {@link DecimalText}. Use the codec for input that may be wrong.
 */
export const decimalText = (s: string): DecimalText => {
  if (!isDecimalText(s)) throw new RangeError(`not an exact positive decimal: ${s}`);
  return s;
};

/** A decimal as `numerator / 10^scale`: `7.8125` is 78125 with scale 4. */
export interface ExactDecimal {
  readonly numerator: bigint;
  readonly scale: number;
}

/**
 * The value of the text as a whole numerator over a power of ten, read digit for digit (`BigInt` of
 * the digits without the point), so nothing passes through a float.
 *
 * @example exactDecimal(decimalText('7.8125')) // { numerator: 78125n, scale: 4 }
 */
export const exactDecimal = (d: DecimalText): ExactDecimal => {
  const point = d.indexOf('.');
  if (point < 0) return { numerator: BigInt(d), scale: 0 };
  return { numerator: BigInt(`${d.slice(0, point)}${d.slice(point + 1)}`), scale: d.length - point - 1 };
};

/** 10^exponent as a bigint. */
export const powerOfTen = (exponent: number): bigint => 10n ** BigInt(exponent);
