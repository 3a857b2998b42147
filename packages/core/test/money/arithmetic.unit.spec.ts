import { left, right } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { addMoney, money, subtractFloorZero, subtractMoney } from '../../src/money/index.js';

const MAX = Number.MAX_SAFE_INTEGER;

const mismatch = left({
  code: 'CurrencyMismatch',
  left: 'CNY',
  right: 'USD',
  message: 'cannot combine an amount in CNY with an amount in USD',
});
const overflow = left({ code: 'AmountOverflow', message: 'amount exceeds 9007199254740991 minor units' });
const negative = left({ code: 'NegativeAmount', message: 'amount would be negative' });

describe('addMoney', () => {
  it('adds amounts of one currency', () => {
    expect(addMoney(money(1250, 'CNY'), money(99, 'CNY'))).toEqual(right(money(1349, 'CNY')));
    expect(addMoney(money(0, 'JPY'), money(0, 'JPY'))).toEqual(right(money(0, 'JPY')));
  });

  it('reaches MAX_SAFE_INTEGER exactly', () => {
    expect(addMoney(money(MAX - 1, 'USD'), money(1, 'USD'))).toEqual(right(money(MAX, 'USD')));
  });

  it('fails rather than round past MAX_SAFE_INTEGER', () => {
    expect(addMoney(money(MAX, 'USD'), money(1, 'USD'))).toEqual(overflow);
    expect(addMoney(money(MAX, 'USD'), money(2, 'USD'))).toEqual(overflow);
    expect(addMoney(money(MAX, 'USD'), money(MAX, 'USD'))).toEqual(overflow);
  });

  it('refuses to add different currencies', () => {
    expect(addMoney(money(1250, 'CNY'), money(1250, 'USD'))).toEqual(mismatch);
  });
});

describe('subtractMoney', () => {
  it('subtracts a smaller amount', () => {
    expect(subtractMoney(money(1250, 'CNY'), money(250, 'CNY'))).toEqual(right(money(1000, 'CNY')));
  });

  it('gives zero for equal amounts', () => {
    expect(subtractMoney(money(MAX, 'KWD'), money(MAX, 'KWD'))).toEqual(right(money(0, 'KWD')));
  });

  it('fails when the result would be negative', () => {
    expect(subtractMoney(money(250, 'CNY'), money(251, 'CNY'))).toEqual(negative);
    expect(subtractMoney(money(0, 'CNY'), money(MAX, 'CNY'))).toEqual(negative);
  });

  it('refuses to subtract different currencies', () => {
    expect(subtractMoney(money(1250, 'CNY'), money(1, 'USD'))).toEqual(mismatch);
  });
});

describe('subtractFloorZero', () => {
  it('subtracts a smaller amount', () => {
    expect(subtractFloorZero(money(10000, 'EUR'), money(2500, 'EUR'))).toEqual(right(money(7500, 'EUR')));
  });

  it('stops at zero when the amount taken away is larger', () => {
    expect(subtractFloorZero(money(2500, 'EUR'), money(10000, 'EUR'))).toEqual(right(money(0, 'EUR')));
    expect(subtractFloorZero(money(0, 'EUR'), money(MAX, 'EUR'))).toEqual(right(money(0, 'EUR')));
  });

  it('still refuses different currencies', () => {
    expect(subtractFloorZero(money(1250, 'CNY'), money(99999, 'USD'))).toEqual(mismatch);
  });
});
