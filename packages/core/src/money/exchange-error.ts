import type { CurrencyCode } from './currency.js';
import type { AmountOverflow, CurrencyMismatch } from './money-error.js';

/** An amount was to be converted with a rate from another currency than its own. */
export interface RateNotApplicable {
  readonly code: 'RateNotApplicable';
  readonly currency: CurrencyCode;
  readonly from: CurrencyCode;
  readonly to: CurrencyCode;
  readonly message: string;
}

/** A rate from a currency into the same currency: converting with it would only hide a mistake. */
export interface RateWithinOneCurrency {
  readonly code: 'RateWithinOneCurrency';
  readonly currency: CurrencyCode;
  readonly message: string;
}

/** Why {@link convert} has no result. */
export type ExchangeError = RateNotApplicable | RateWithinOneCurrency | AmountOverflow;

/** An allocation was asked for without any weight to share by. */
export interface NoWeights {
  readonly code: 'NoWeights';
  readonly message: string;
}

/** A weight below zero: no share may be negative. */
export interface NegativeWeight {
  readonly code: 'NegativeWeight';
  readonly index: number;
  readonly message: string;
}

/** Every weight is zero, so no share is defined. */
export interface ZeroTotalWeight {
  readonly code: 'ZeroTotalWeight';
  readonly message: string;
}

/** Why {@link allocate} has no result; weights given as amounts must share one currency. */
export type AllocationError = NoWeights | NegativeWeight | ZeroTotalWeight | CurrencyMismatch;

/** The {@link RateNotApplicable} of an amount in `currency` and a rate from `from` to `to`. */
export const rateNotApplicable = (
  currency: CurrencyCode,
  from: CurrencyCode,
  to: CurrencyCode,
): RateNotApplicable => ({
  code: 'RateNotApplicable',
  currency,
  from,
  to,
  message: `cannot convert an amount in ${currency} with a rate from ${from} to ${to}`,
});

/** The {@link RateWithinOneCurrency} of a rate from `currency` to itself. */
export const rateWithinOneCurrency = (currency: CurrencyCode): RateWithinOneCurrency => ({
  code: 'RateWithinOneCurrency',
  currency,
  message: `a rate from ${currency} to ${currency} converts nothing`,
});

/** The {@link NoWeights} error. */
export const noWeights: NoWeights = Object.freeze({
  code: 'NoWeights',
  message: 'cannot allocate an amount over no weights',
});

/** The {@link NegativeWeight} of the weight at `index`. */
export const negativeWeight = (index: number): NegativeWeight => ({
  code: 'NegativeWeight',
  index,
  message: `weight ${index} is below zero`,
});

/** The {@link ZeroTotalWeight} error. */
export const zeroTotalWeight: ZeroTotalWeight = Object.freeze({
  code: 'ZeroTotalWeight',
  message: 'cannot allocate an amount when every weight is zero',
});
