import { left, right } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { decimalText, money, percentOf } from '../../src/money/index.js';

describe('percentOf', () => {
  it.each([
    ['2.5% of CNY 12,980.00 is CNY 324.50', money(1298000, 'CNY'), '2.5', money(32450, 'CNY')],
    ['100% of JPY 1,234 is JPY 1,234', money(1234, 'JPY'), '100', money(1234, 'JPY')],
    ['150% of USD 2.00 is USD 3.00', money(200, 'USD'), '150', money(300, 'USD')],
    [
      '50% of CNY 0.01 is a tie at 0.005, rounded to the even CNY 0.00',
      money(1, 'CNY'),
      '50',
      money(0, 'CNY'),
    ],
    [
      '50% of CNY 0.03 is a tie at 0.015, rounded to the even CNY 0.02',
      money(3, 'CNY'),
      '50',
      money(2, 'CNY'),
    ],
    [
      '50% of CNY 0.05 is a tie at 0.025, rounded to the even CNY 0.02',
      money(5, 'CNY'),
      '50',
      money(2, 'CNY'),
    ],
    ['10% of KWD 0.005 is KWD 0.0005, a tie rounded to KWD 0.000', money(5, 'KWD'), '10', money(0, 'KWD')],
    [
      '0.000000000001% of the largest amount is 90.07... minor units, rounded to 90',
      money(Number.MAX_SAFE_INTEGER, 'USD'),
      '0.000000000001',
      money(90, 'USD'),
    ],
    ['any share of nothing is nothing', money(0, 'EUR'), '12.5', money(0, 'EUR')],
  ])('%s', (_, amount, percent, expected) => {
    expect(percentOf(amount, decimalText(percent))).toEqual(right(expected));
  });

  it('refuses a result past Number.MAX_SAFE_INTEGER minor units rather than round it', () => {
    expect(percentOf(money(Number.MAX_SAFE_INTEGER, 'USD'), decimalText('100.000000000001'))).toEqual(
      left({ code: 'AmountOverflow', message: 'amount exceeds 9007199254740991 minor units' }),
    );
  });
});
