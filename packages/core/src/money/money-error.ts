import type { CurrencyCode } from './currency.js';

/** Two amounts of different currencies were combined; the core never converts between currencies. */
export interface CurrencyMismatch {
  readonly code: 'CurrencyMismatch';
  readonly left: CurrencyCode;
  readonly right: CurrencyCode;
  readonly message: string;
}

/** The result would exceed Number.MAX_SAFE_INTEGER minor units and could no longer be held exactly. */
export interface AmountOverflow {
  readonly code: 'AmountOverflow';
  readonly message: string;
}

/** The result would be below zero, which no amount in a claim may be. */
export interface NegativeAmount {
  readonly code: 'NegativeAmount';
  readonly message: string;
}

/** Why an operation on {@link Money} has no result. */
export type MoneyError = CurrencyMismatch | AmountOverflow | NegativeAmount;

/** The {@link CurrencyMismatch} of an operation on an amount in `left` and one in `right`. */
export const currencyMismatch = (left: CurrencyCode, right: CurrencyCode): CurrencyMismatch => ({
  code: 'CurrencyMismatch',
  left,
  right,
  message: `cannot combine an amount in ${left} with an amount in ${right}`,
});

/** The {@link AmountOverflow}; it carries no data, so one frozen value serves every failure. */
export const amountOverflow: AmountOverflow = Object.freeze({
  code: 'AmountOverflow',
  message: `amount exceeds ${Number.MAX_SAFE_INTEGER} minor units`,
});

/** The {@link NegativeAmount}; it carries no data, so one frozen value serves every failure. */
export const negativeAmount: MoneyError = Object.freeze({
  code: 'NegativeAmount',
  message: 'amount would be negative',
});
