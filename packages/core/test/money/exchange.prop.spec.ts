import fc from 'fast-check';
import { isLeft, isRight } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { NonEmptyText } from '../../src/ids.js';
import {
  type CurrencyCode,
  convert,
  currencyCodes,
  currencyExponent,
  DecimalText,
  decimalText,
  type ExchangeRate,
  exactConversionText,
  exactDecimal,
  type Money,
  money,
  percentOf,
} from '../../src/money/index.js';
import { localDate } from '../../src/time/local-date.js';

/*
 * What these properties hold, stated exactly. Every conversion and percentage is the exact value
 * rounded to the nearest minor unit, a tie to the even one; so each result is within half a unit of
 * the exact value. Converting n amounts one by one and adding the results differs from converting
 * their sum by at most floor((n + 1) / 2) minor units: n roundings of at most half a unit each, and
 * the sum's own rounding of at most half a unit, the difference being a whole number. Nothing else
 * is lost or invented: every step is on whole numbers (bigint), with no float anywhere.
 */

const nonEmpty = (text: string): NonEmptyText => {
  if (!NonEmptyText.is(text)) throw new RangeError(`not a NonEmptyText: ${text}`);
  return text;
};
const source = nonEmpty('test rates');
const currency = fc.constantFrom(...currencyCodes);
const currencyPair = fc.tuple(currency, currency).filter(([a, b]) => a !== b);

/** A decimal as text with exactly `scale` digits after the point (none when 0). */
const decimalTextOf = (numerator: bigint, scale: number): string => {
  const digits = numerator.toString().padStart(scale + 1, '0');
  const point = digits.length - scale;
  return scale === 0 ? digits : `${digits.slice(0, point)}.${digits.slice(point)}`;
};

/** Numerator and scale of every DecimalText: 1 to 12 decimals, up to 15 whole digits; small ones often. */
const decimal = fc
  .integer({ min: 0, max: 12 })
  .chain((scale) =>
    fc
      .oneof(
        fc.bigInt({ min: 1n, max: 10n ** BigInt(scale + 2) }),
        fc.bigInt({ min: 1n, max: 10n ** BigInt(scale + 15) - 1n }),
      )
      .map((numerator) => ({ numerator, scale, text: decimalTextOf(numerator, scale) })),
  );

const rateBetween = (from: CurrencyCode, to: CurrencyCode, text: string): ExchangeRate => {
  return { from, to, rate: decimalText(text), date: localDate('2026-11-30'), source };
};

const exchangeRate = fc
  .tuple(currencyPair, decimal)
  .map(([[from, to], { text }]) => rateBetween(from, to, text));

/** Rates up to 1,000 (in minor units): amounts up to 10^12 minor units stay inside the safe range. */
const modestRate = fc
  .tuple(currencyPair, fc.integer({ min: 0, max: 12 }))
  .chain(([[from, to], scale]) =>
    fc
      .bigInt({ min: 1n, max: 10n ** BigInt(scale + 3) })
      .map((numerator) => rateBetween(from, to, decimalTextOf(numerator, scale))),
  )
  .filter((rate) => {
    const { numerator, scale } = exactDecimal(rate.rate);
    const shift = currencyExponent(rate.to) - currencyExponent(rate.from);
    return numerator * 10n ** BigInt(Math.max(shift, 0)) <= 10n ** BigInt(scale + 3);
  });

/** The exact converted value as a fraction of the target's minor units, read from its text. */
const exactMinorUnits = (amount: Money, rate: ExchangeRate) => {
  const text = exactConversionText(amount, rate);
  if (isLeft(text)) throw new Error(text.left.message);
  const [whole = '', fraction = ''] = text.right.split('.');
  return {
    numerator: BigInt(`${whole}${fraction}`) * 10n ** BigInt(currencyExponent(rate.to)),
    denominator: 10n ** BigInt(fraction.length),
  };
};

/** Converted minor units, failing the property on any refusal. */
const converted = (amount: Money, rate: ExchangeRate): bigint => {
  const result = convert(amount, rate);
  if (isLeft(result)) throw new Error(result.left.message);
  return BigInt(result.right.to.minorUnits);
};

const abs = (n: bigint): bigint => (n < 0n ? -n : n);

describe('DecimalText properties', () => {
  it('reads back the numerator and scale every decimal was written from', () => {
    fc.assert(
      fc.property(decimal, ({ numerator, scale, text }) => {
        expect(DecimalText.is(text)).toBe(true);
        expect(exactDecimal(decimalText(text))).toEqual({ numerator, scale });
      }),
    );
  });
});

describe('convert properties', () => {
  it('is within half a minor unit of the exact value, and a tie goes to the even unit', () => {
    fc.assert(
      fc.property(exchangeRate, fc.maxSafeNat(), (rate, units) => {
        const amount = money(units, rate.from);
        const result = convert(amount, rate);
        if (isLeft(result)) return;
        expect(result.right.to.currency).toBe(rate.to);
        expect(result.right.rounding).toBe('half-even');
        const { numerator, denominator } = exactMinorUnits(amount, rate);
        const twiceError = 2n * abs(BigInt(result.right.to.minorUnits) * denominator - numerator);
        expect(twiceError <= denominator).toBe(true);
        if (twiceError === denominator) expect(result.right.to.minorUnits % 2).toBe(0);
      }),
    );
  });

  it('fails only with AmountOverflow, and exactly when the rounded result passes the safe range', () => {
    fc.assert(
      fc.property(exchangeRate, fc.maxSafeNat(), (rate, units) => {
        const amount = money(units, rate.from);
        const { numerator, denominator } = exactMinorUnits(amount, rate);
        const floor = numerator / denominator;
        const result = convert(amount, rate);
        if (floor > BigInt(Number.MAX_SAFE_INTEGER)) expect(isLeft(result)).toBe(true);
        if (floor + 1n <= BigInt(Number.MAX_SAFE_INTEGER)) expect(isRight(result)).toBe(true);
        if (isLeft(result)) expect(result.left.code).toBe('AmountOverflow');
      }),
    );
  });

  it('never orders two amounts the other way round', () => {
    fc.assert(
      fc.property(modestRate, fc.nat({ max: 10 ** 12 }), fc.nat({ max: 10 ** 12 }), (rate, x, y) => {
        const [low, high] = x <= y ? [x, y] : [y, x];
        expect(converted(money(low, rate.from), rate) <= converted(money(high, rate.from), rate)).toBe(true);
      }),
    );
  });

  it('converting n amounts one by one and adding differs from converting their sum by at most floor((n+1)/2) units', () => {
    fc.assert(
      fc.property(
        modestRate,
        fc.array(fc.nat({ max: 10 ** 11 }), { minLength: 1, maxLength: 10 }),
        (rate, amounts) => {
          const one = amounts.reduce((sum, units) => sum + converted(money(units, rate.from), rate), 0n);
          const total = converted(
            money(
              amounts.reduce((a, b) => a + b, 0),
              rate.from,
            ),
            rate,
          );
          expect(abs(one - total) <= BigInt(Math.floor((amounts.length + 1) / 2))).toBe(true);
        },
      ),
    );
  });

  it('an exact value halfway between two units rounds to the even one, up as often as down', () => {
    const sameExponent = currencyPair.filter(([a, b]) => currencyExponent(a) === currencyExponent(b));
    fc.assert(
      fc.property(
        sameExponent,
        fc.nat({ max: 10 ** 6 }),
        fc.nat({ max: 10 ** 6 }),
        ([from, to], whole, half) => {
          // (2h + 1) minor units at a rate of w.5 is a whole number and a half: a tie.
          const units = 2 * half + 1;
          const result = convert(money(units, from), rateBetween(from, to, `${whole}.5`));
          const exactTwice = units * (2 * whole + 1);
          const below = (exactTwice - 1) / 2;
          expect(isRight(result) && result.right.to).toEqual(money(below % 2 === 0 ? below : below + 1, to));
        },
      ),
    );
  });

  it('a rate of 1 between currencies with the same minor unit changes no amount', () => {
    const sameExponent = currencyPair.filter(([a, b]) => currencyExponent(a) === currencyExponent(b));
    fc.assert(
      fc.property(sameExponent, fc.maxSafeNat(), ([from, to], units) => {
        const result = convert(money(units, from), rateBetween(from, to, '1'));
        expect(isRight(result) && result.right.to).toEqual(money(units, to));
      }),
    );
  });
});

describe('percentOf properties', () => {
  it('is within half a minor unit of the exact share, a tie going to the even unit', () => {
    fc.assert(
      fc.property(currency, fc.maxSafeNat(), decimal, (code, units, { numerator, scale, text }) => {
        const result = percentOf(money(units, code), decimalText(text));
        if (isLeft(result)) {
          expect(
            BigInt(units) * numerator > BigInt(Number.MAX_SAFE_INTEGER) * 100n * 10n ** BigInt(scale),
          ).toBe(true);
          return;
        }
        expect(result.right.currency).toBe(code);
        const denominator = 100n * 10n ** BigInt(scale);
        const twiceError =
          2n * abs(BigInt(result.right.minorUnits) * denominator - BigInt(units) * numerator);
        expect(twiceError <= denominator).toBe(true);
        if (twiceError === denominator) expect(result.right.minorUnits % 2).toBe(0);
      }),
    );
  });

  it('100 per cent of an amount is the amount', () => {
    fc.assert(
      fc.property(currency, fc.maxSafeNat(), (code, units) => {
        expect(percentOf(money(units, code), decimalText('100'))).toEqual({
          _tag: 'Right',
          right: money(units, code),
        });
      }),
    );
  });
});
