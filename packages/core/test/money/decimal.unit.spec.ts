import { left, right } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { formatMoney, formatPlain, money, parseMoney } from '../../src/money/index.js';

const MAX = Number.MAX_SAFE_INTEGER;

describe('formatMoney', () => {
  it.each([
    [money(1234567, 'CNY'), 'CNY 12,345.67'],
    [money(1200, 'JPY'), 'JPY 1,200'],
    [money(1005, 'BHD'), 'BHD 1.005'],
    [money(123456789, 'CLF'), 'CLF 12,345.6789'],
    [money(0, 'CNY'), 'CNY 0.00'],
    [money(0, 'KRW'), 'KRW 0'],
    [money(5, 'USD'), 'USD 0.05'],
    [money(5, 'KWD'), 'KWD 0.005'],
    [money(5, 'UYW'), 'UYW 0.0005'],
    [money(100, 'EUR'), 'EUR 1.00'],
    [money(99999, 'EUR'), 'EUR 999.99'],
    [money(100000, 'EUR'), 'EUR 1,000.00'],
    [money(123456, 'VND'), 'VND 123,456'],
    [money(MAX, 'USD'), 'USD 90,071,992,547,409.91'],
    [money(MAX, 'JPY'), 'JPY 9,007,199,254,740,991'],
  ])('formats %j as %s', (m, text) => {
    expect(formatMoney(m)).toBe(text);
  });
});

describe('formatPlain', () => {
  it.each([
    [money(1234567, 'CNY'), '12345.67'],
    [money(1200, 'JPY'), '1200'],
    [money(1005, 'BHD'), '1.005'],
    [money(7, 'CLF'), '0.0007'],
    [money(0, 'ISK'), '0'],
    [money(MAX, 'OMR'), '9007199254740.991'],
  ])('formats %j as %s', (m, text) => {
    expect(formatPlain(m)).toBe(text);
  });
});

describe('parseMoney', () => {
  it.each([
    ['12345.67', 'CNY', money(1234567, 'CNY')],
    ['12345', 'CNY', money(1234500, 'CNY')],
    ['12345.6', 'CNY', money(1234560, 'CNY')],
    ['0.01', 'USD', money(1, 'USD')],
    ['0', 'USD', money(0, 'USD')],
    ['1200', 'JPY', money(1200, 'JPY')],
    ['1.005', 'BHD', money(1005, 'BHD')],
    ['1.5', 'BHD', money(1500, 'BHD')],
    ['12345.6789', 'CLF', money(123456789, 'CLF')],
    ['007.50', 'EUR', money(750, 'EUR')],
    ['90071992547409.91', 'USD', money(MAX, 'USD')],
    ['9007199254740991', 'JPY', money(MAX, 'JPY')],
  ])('reads %s %s', (text, currency, expected) => {
    expect(parseMoney(text, currency)).toEqual(right(expected));
  });

  it('refuses more decimals than the currency has', () => {
    expect(parseMoney('12.345', 'CNY')).toEqual(
      left({
        code: 'InvalidAmount',
        input: '12.345',
        reason: 'CNY takes at most 2 decimal places',
        message: 'cannot read "12.345" as an amount of CNY: CNY takes at most 2 decimal places',
      }),
    );
    expect(parseMoney('1.0050', 'BHD')).toEqual(
      left({
        code: 'InvalidAmount',
        input: '1.0050',
        reason: 'BHD takes at most 3 decimal places',
        message: 'cannot read "1.0050" as an amount of BHD: BHD takes at most 3 decimal places',
      }),
    );
  });

  it('refuses any decimals for a currency without a minor unit', () => {
    expect(parseMoney('1200.0', 'JPY')).toEqual(
      left({
        code: 'InvalidAmount',
        input: '1200.0',
        reason: 'JPY has no minor unit, so the amount takes no decimals',
        message:
          'cannot read "1200.0" as an amount of JPY: JPY has no minor unit, so the amount takes no decimals',
      }),
    );
  });

  it.each([
    ['12,345.67'],
    ['12 345.67'],
    ['-12.00'],
    ['+12.00'],
    ['12.'],
    ['.5'],
    [''],
    [' 12.00'],
    ['12.00 '],
    ['1e3'],
    ['0x10'],
    ['12.5.0'],
    ['CNY 12.50'],
    ['NaN'],
    ['Infinity'],
    ['１２'],
  ])('refuses %j, which is not a plain decimal', (text) => {
    expect(parseMoney(text, 'CNY')).toEqual(
      left({
        code: 'InvalidAmount',
        input: text,
        reason: 'expected digits with an optional decimal point, without sign or separators',
        message: `cannot read "${text}" as an amount of CNY: expected digits with an optional decimal point, without sign or separators`,
      }),
    );
  });

  it.each([['usd'], ['BGN'], ['XAU'], ['']])('refuses the currency %j', (currency) => {
    expect(parseMoney('12.00', currency)).toEqual(
      left({
        code: 'InvalidAmount',
        input: '12.00',
        reason: `"${currency}" is not an active ISO 4217 currency code`,
        message: `cannot read "12.00" as an amount of ${currency}: "${currency}" is not an active ISO 4217 currency code`,
      }),
    );
  });

  it.each([
    ['90071992547409.92', 'USD'],
    ['9007199254740992', 'JPY'],
    ['9007199254740993', 'JPY'],
    ['99999999999999999999', 'JPY'],
    ['9'.repeat(400), 'JPY'],
  ])('refuses %s %s, which is past MAX_SAFE_INTEGER minor units', (text, currency) => {
    expect(parseMoney(text, currency)).toEqual(
      left({ code: 'AmountOverflow', message: 'amount exceeds 9007199254740991 minor units' }),
    );
  });
});

describe('format and parse', () => {
  it.each([
    money(1234567, 'CNY'),
    money(1200, 'JPY'),
    money(1005, 'BHD'),
    money(123456789, 'CLF'),
    money(1, 'UYW'),
    money(0, 'EUR'),
    money(MAX, 'TND'),
  ])('reads back what formatPlain wrote for %j', (m) => {
    expect(parseMoney(formatPlain(m), m.currency)).toEqual(right(m));
  });

  it('reads back formatMoney once the code and separators are taken off', () => {
    const m = money(123456789, 'EUR');
    const shown = formatMoney(m);
    expect(shown).toBe('EUR 1,234,567.89');
    expect(parseMoney(shown.slice(4).replaceAll(',', ''), 'EUR')).toEqual(right(m));
  });
});
