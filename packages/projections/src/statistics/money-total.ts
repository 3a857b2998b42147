import type { CurrencyCode, Money } from '@parcel-claims/core';
import { byCurrency } from './sort-totals.js';

/**
 * A sum of amounts in one currency. Minor units are a bigint: a sum of many amounts may pass
 * what a JavaScript number holds exactly, which no single amount does.
 */
export interface MoneyTotal {
  readonly currency: CurrencyCode;
  readonly minorUnits: bigint;
}

/** The sum per currency, one total for each currency present, by currency code. */
export const totalsByCurrency = (amounts: readonly Money[]): readonly MoneyTotal[] => {
  const sums = new Map<CurrencyCode, bigint>();
  for (const amount of amounts) {
    sums.set(amount.currency, (sums.get(amount.currency) ?? 0n) + BigInt(amount.minorUnits));
  }
  return [...sums].map(([currency, minorUnits]) => ({ currency, minorUnits })).sort(byCurrency);
};
