import { left, right } from 'fp-ts/lib/Either.js';
import { PathReporter } from 'io-ts/lib/PathReporter.js';
import { describe, expect, it } from 'vitest';
import { NonEmptyText } from '../../src/ids.js';
import {
  Conversion,
  type CurrencyCode,
  convert,
  decimalText,
  ExchangeRate,
  exactConversionText,
  money,
} from '../../src/money/index.js';
import { localDate } from '../../src/time/local-date.js';

const nonEmpty = (text: string): NonEmptyText => {
  if (!NonEmptyText.is(text)) throw new RangeError(`not a NonEmptyText: ${text}`);
  return text;
};
const source = nonEmpty('PBOC central parity');

const rate = (from: CurrencyCode, to: CurrencyCode, text: string): ExchangeRate => {
  return { from, to, rate: decimalText(text), date: localDate('2026-11-30'), source };
};

const stored = {
  from: 'USD',
  to: 'CNY',
  rate: '7.1234',
  date: '2026-11-30',
  source: 'PBOC central parity',
};

describe('ExchangeRate codec', () => {
  it('decodes and encodes a stored rate unchanged', () => {
    expect(ExchangeRate.decode(stored)).toEqual(right(stored));
    expect(ExchangeRate.encode(rate('USD', 'CNY', '7.1234'))).toEqual(stored);
    expect(ExchangeRate.is(stored)).toBe(true);
  });

  it('refuses a rate from a currency into itself', () => {
    const same = { ...stored, to: 'USD' };
    expect(ExchangeRate.is(same)).toBe(false);
    expect(PathReporter.report(ExchangeRate.decode(same))).toEqual([
      'a rate from USD to USD converts nothing',
    ]);
  });

  it.each([
    [
      'a rate as a JSON number',
      { rate: 7.1234 },
      'Invalid value 7.1234 supplied to : ExchangeRate/rate: DecimalText',
    ],
    ['a zero rate', { rate: '0' }, 'Invalid value "0" supplied to : ExchangeRate/rate: DecimalText'],
    [
      'a lower-case currency',
      { from: 'usd' },
      'Invalid value "usd" supplied to : ExchangeRate/from: CurrencyCode',
    ],
    [
      'a date that is no day',
      { date: '2026-02-30' },
      'Invalid value "2026-02-30" supplied to : ExchangeRate/date: LocalDate',
    ],
    ['a blank source', { source: ' ' }, 'Invalid value " " supplied to : ExchangeRate/source: NonEmptyText'],
  ])('refuses %s', (_, change, message) => {
    expect(PathReporter.report(ExchangeRate.decode({ ...stored, ...change }))).toEqual([message]);
  });

  it('refuses a field the rate does not have', () => {
    expect(PathReporter.report(ExchangeRate.decode({ ...stored, inverse: '0.1404' }))).toEqual([
      'Invalid value "0.1404" supplied to : ExchangeRate/inverse: no such field',
    ]);
  });
});

describe('convert', () => {
  it('converts USD 100.00 at 7.1234 into CNY 712.34 and states the rate and the rounding', () => {
    const usdCny = rate('USD', 'CNY', '7.1234');
    const conversion = convert(money(10000, 'USD'), usdCny);
    expect(conversion).toEqual(
      right({ from: money(10000, 'USD'), to: money(71234, 'CNY'), rate: usdCny, rounding: 'half-even' }),
    );
    const stored: unknown = JSON.parse(JSON.stringify(conversion));
    expect(Conversion.decode(Reflect.get(Object(stored), 'right'))).toEqual(conversion);
  });

  it.each([
    [
      'JPY 1,000 at 0.04845 is CNY 48.45',
      money(1000, 'JPY'),
      rate('JPY', 'CNY', '0.04845'),
      money(4845, 'CNY'),
    ],
    [
      'CNY 12,800.00 at 21.5 is JPY 275,200',
      money(1280000, 'CNY'),
      rate('CNY', 'JPY', '21.5'),
      money(275200, 'JPY'),
    ],
    ['USD 1.00 at 0.3071 is KWD 0.307', money(100, 'USD'), rate('USD', 'KWD', '0.3071'), money(307, 'KWD')],
    ['KWD 1.000 at 3.2563 is USD 3.26', money(1000, 'KWD'), rate('KWD', 'USD', '3.2563'), money(326, 'USD')],
    ['CNY 0.00 is USD 0.00', money(0, 'CNY'), rate('CNY', 'USD', '0.1373'), money(0, 'USD')],
    [
      'CNY 0.05 at 0.5 is USD 0.025, a tie rounded down to the even 0.02',
      money(5, 'CNY'),
      rate('CNY', 'USD', '0.5'),
      money(2, 'USD'),
    ],
    [
      'CNY 0.07 at 0.5 is USD 0.035, a tie rounded up to the even 0.04',
      money(7, 'CNY'),
      rate('CNY', 'USD', '0.5'),
      money(4, 'USD'),
    ],
    [
      'CNY 0.09 at 0.5 is USD 0.045, rounded to 0.04',
      money(9, 'CNY'),
      rate('CNY', 'USD', '0.5'),
      money(4, 'USD'),
    ],
    [
      'CNY 0.11 at 0.5 is USD 0.055, rounded to 0.06',
      money(11, 'CNY'),
      rate('CNY', 'USD', '0.5'),
      money(6, 'USD'),
    ],
    ['USD 0.01 at 250 is JPY 2.5, rounded to 2', money(1, 'USD'), rate('USD', 'JPY', '250'), money(2, 'JPY')],
    ['USD 0.01 at 350 is JPY 3.5, rounded to 4', money(1, 'USD'), rate('USD', 'JPY', '350'), money(4, 'JPY')],
    [
      'USD 0.01 at 250.000000000001 is just above the tie, rounded to 3',
      money(1, 'USD'),
      rate('USD', 'JPY', '250.000000000001'),
      money(3, 'JPY'),
    ],
    [
      'USD 0.01 at 249.999999999999 is just below the tie, rounded to 2',
      money(1, 'USD'),
      rate('USD', 'JPY', '249.999999999999'),
      money(2, 'JPY'),
    ],
  ])('%s', (_, amount, exchangeRate, expected) => {
    expect(convert(amount, exchangeRate)).toEqual(
      right({ from: amount, to: expected, rate: exchangeRate, rounding: 'half-even' }),
    );
  });

  it('refuses an amount in another currency than the rate converts from', () => {
    expect(convert(money(100, 'EUR'), rate('USD', 'CNY', '7.1234'))).toEqual(
      left({
        code: 'RateNotApplicable',
        currency: 'EUR',
        from: 'USD',
        to: 'CNY',
        message: 'cannot convert an amount in EUR with a rate from USD to CNY',
      }),
    );
  });

  it('refuses a rate within one currency, which the codec would not have decoded', () => {
    expect(convert(money(100, 'USD'), rate('USD', 'USD', '1'))).toEqual(
      left({
        code: 'RateWithinOneCurrency',
        currency: 'USD',
        message: 'a rate from USD to USD converts nothing',
      }),
    );
  });

  it('refuses a result past Number.MAX_SAFE_INTEGER minor units rather than round it', () => {
    expect(convert(money(Number.MAX_SAFE_INTEGER, 'JPY'), rate('JPY', 'USD', '1'))).toEqual(
      left({ code: 'AmountOverflow', message: 'amount exceeds 9007199254740991 minor units' }),
    );
    expect(convert(money(Number.MAX_SAFE_INTEGER, 'USD'), rate('USD', 'EUR', '1'))).toEqual(
      right({
        from: money(Number.MAX_SAFE_INTEGER, 'USD'),
        to: money(Number.MAX_SAFE_INTEGER, 'EUR'),
        rate: rate('USD', 'EUR', '1'),
        rounding: 'half-even',
      }),
    );
  });
});

describe('exactConversionText', () => {
  it.each([
    [money(7, 'USD'), rate('USD', 'CNY', '0.5'), '0.035'],
    [money(10000, 'USD'), rate('USD', 'CNY', '7.1234'), '712.34'],
    [money(1000, 'JPY'), rate('JPY', 'CNY', '0.04845'), '48.45'],
    [money(100, 'CNY'), rate('CNY', 'JPY', '2'), '2'],
    [money(0, 'CNY'), rate('CNY', 'JPY', '21.5'), '0'],
    [money(1, 'KWD'), rate('KWD', 'USD', '0.000000000001'), '0.000000000000001'],
  ])('%j at %j is %s before rounding', (amount, exchangeRate, text) => {
    expect(exactConversionText(amount, exchangeRate)).toEqual(right(text));
  });

  it('refuses what convert refuses', () => {
    expect(exactConversionText(money(100, 'EUR'), rate('USD', 'CNY', '7.1234'))).toEqual(
      left(expect.objectContaining({ code: 'RateNotApplicable' })),
    );
    expect(exactConversionText(money(100, 'USD'), rate('USD', 'USD', '1'))).toEqual(
      left(expect.objectContaining({ code: 'RateWithinOneCurrency' })),
    );
  });
});
