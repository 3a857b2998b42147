import { instantMillis, type Money, type PartyId } from '@parcel-claims/core';
import { median } from '../statistics/median.js';
import { type MoneyTotal, totalsByCurrency } from '../statistics/money-total.js';
import type { SellerClaimRow } from './seller-row.js';
import type { SellerStatisticsModel } from './seller-statistics.js';

/** One seller's claims in figures. */
export interface SellerStatistics {
  readonly sellerId: PartyId;
  /** Claims opened, whatever became of them. */
  readonly claims: number;
  readonly paidClaims: number;
  readonly rejections: number;
  readonly lapses: number;
  readonly withdrawals: number;
  /** Paid amounts, one total per currency, by currency code. */
  readonly paid: readonly MoneyTotal[];
  /** From the inquiry to the payout, over paid claims, in milliseconds; null before the first payout. */
  readonly medianInquiryToPayoutMs: number | null;
}

const statisticsOf = (sellerId: PartyId, rows: readonly SellerClaimRow[]): SellerStatistics => {
  const amounts: Money[] = [];
  const durations: number[] = [];
  for (const row of rows) {
    if (row.paidAmount !== null) amounts.push(row.paidAmount);
    if (row.paidAt !== null) durations.push(instantMillis(row.paidAt) - instantMillis(row.openedAt));
  }
  const count = (status: SellerClaimRow['status']) => rows.filter((row) => row.status === status).length;
  return {
    sellerId,
    claims: rows.length,
    paidClaims: count('paid'),
    rejections: count('rejected'),
    lapses: count('lapsed'),
    withdrawals: count('withdrawn'),
    paid: totalsByCurrency(amounts),
    medianInquiryToPayoutMs: median(durations),
  };
};

/**
 * Every seller with at least one claim, by seller id.
 *
 * @example
 * listSellerStatistics(model).map((s) => `${s.sellerId}: ${s.claims} claims, ${s.lapses} lapsed`);
 */
export const listSellerStatistics = (model: SellerStatisticsModel): readonly SellerStatistics[] => {
  const bySeller = new Map<PartyId, SellerClaimRow[]>();
  for (const row of model.claims.values()) {
    const rows = bySeller.get(row.sellerId) ?? [];
    rows.push(row);
    bySeller.set(row.sellerId, rows);
  }
  return [...bySeller]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([sellerId, rows]) => statisticsOf(sellerId, rows));
};

/** One seller's statistics, or null if the seller has no claims. */
export const statisticsOfSeller = (model: SellerStatisticsModel, sellerId: string): SellerStatistics | null =>
  listSellerStatistics(model).find((statistics) => statistics.sellerId === sellerId) ?? null;
