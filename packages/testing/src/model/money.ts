import { allocate, convert, ExchangeRate, money } from '@parcel-claims/core';
import * as E from 'fp-ts/lib/Either.js';
import type { ModelRate } from './model-command.js';
import { period, quotedRate } from './model-policy.js';
import type { PieceModel } from './parcel-model.js';
import { DAY } from './time.js';
import type { Amount, Currency } from './vocabulary.js';

/**
 * Exact money for the model. Conversion (half-even to the target's minor units) and allocation
 * (largest remainder) are the core's money arithmetic, which its own laws test; the model decides
 * by itself when a conversion is needed, which rate applies, and what is bounded by what.
 */

/** `2026-03-01`: the Shanghai local day number as the date a rate is published for. */
export const dateOfDay = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);

/** The rate as a caller sends it. */
export const rateInput = (r: ModelRate) => ({
  from: r.from,
  to: r.to,
  rate: quotedRate[r.from][r.to],
  date: dateOfDay(r.day),
  source: 'Model reference rate',
});

/** Why an amount could not be brought into the target currency. */
export type NotConverted = 'no-rate' | 'rate-date' | 'overflow';

/**
 * `amount` in `target`: as it is when already there, else at the command's rate from its currency
 * to `target`, which must be dated within the policy's tolerance of `day` (the rate date's day).
 */
export const inCurrency = (
  amount: Amount,
  target: Currency,
  rates: readonly ModelRate[],
  day: number,
): Amount | NotConverted => {
  if (amount.currency === target) return amount;
  const rate = rates.find((r) => r.from === amount.currency && r.to === target);
  if (rate === undefined) return 'no-rate';
  if (Math.abs(rate.day - day) > period.exchangeRateToleranceDays) return 'rate-date';
  const decoded = ExchangeRate.decode(rateInput(rate));
  if (E.isLeft(decoded))
    throw new Error(`the model's rate does not decode: ${JSON.stringify(rateInput(rate))}`);
  const converted = convert(money(amount.minorUnits, amount.currency), decoded.right);
  return E.isLeft(converted) ? 'overflow' : { minorUnits: converted.right.to.minorUnits, currency: target };
};

/**
 * The insured share of the claimed pieces: the sum insured allocated over every piece by its goods
 * value, summed over the claimed ones; the sum insured itself when the claim holds every piece.
 */
export const insuredShare = (
  insured: Amount,
  pieces: readonly PieceModel[],
  claimed: readonly string[],
): number => {
  if (pieces.every((p) => claimed.includes(p.pieceId))) return insured.minorUnits;
  const shares = allocate(
    money(insured.minorUnits, insured.currency),
    pieces.map((p) => BigInt(p.value)),
  );
  if (E.isLeft(shares))
    throw new Error(`cannot share ${insured.minorUnits} over the pieces: ${shares.left.code}`);
  return pieces.reduce(
    (sum, p, i) => (claimed.includes(p.pieceId) ? sum + (shares.right[i]?.minorUnits ?? 0) : sum),
    0,
  );
};
