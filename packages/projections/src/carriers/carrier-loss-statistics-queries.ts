import type { Money, PartyId } from '@parcel-claims/core';
import { type MoneyTotal, totalsByCurrency } from '../statistics/money-total.js';
import { countsAgainstCarrier } from './carrier-claim-types.js';
import type { CarrierLossStatisticsModel } from './carrier-loss-statistics.js';
import type { CarrierClaimRow } from './carrier-row.js';

/** One carrier's loss claims in figures. */
export interface CarrierLossStatistics {
  /** The carrier that took the parcel; null groups loss claims on parcels never handed to a carrier. */
  readonly carrierId: PartyId | null;
  /** Claims of loss, partial loss and missing contents: goods lost in the carrier's custody. */
  readonly lossClaims: number;
  /** Loss claims whose loss confirmation letter stands. */
  readonly confirmedLosses: number;
  readonly paidClaims: number;
  /** Paid amounts, one total per currency, by currency code: currencies are never summed together. */
  readonly paid: readonly MoneyTotal[];
}

const statisticsOf = (carrierId: PartyId | null, rows: readonly CarrierClaimRow[]): CarrierLossStatistics => {
  const amounts: Money[] = [];
  for (const row of rows) if (row.paidAmount !== null) amounts.push(row.paidAmount);
  return {
    carrierId,
    lossClaims: rows.length,
    confirmedLosses: rows.filter((row) => row.lossConfirmed).length,
    paidClaims: rows.filter((row) => row.status === 'paid').length,
    paid: totalsByCurrency(amounts),
  };
};

const byCarrier = (a: PartyId | null, b: PartyId | null): number =>
  a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1;

/**
 * Loss claims per carrier, by carrier id (claims with no known carrier last).
 *
 * @example
 * listCarrierLossStatistics(model).find((s) => s.carrierId === 'carrier-1')?.confirmedLosses;
 */
export const listCarrierLossStatistics = (
  model: CarrierLossStatisticsModel,
): readonly CarrierLossStatistics[] => {
  const groups = new Map<PartyId | null, CarrierClaimRow[]>();
  for (const row of model.claims.values()) {
    if (!countsAgainstCarrier(row.claimType)) continue;
    const carrierId = model.parcels.get(row.streamId)?.carrierId ?? null;
    const rows = groups.get(carrierId) ?? [];
    rows.push(row);
    groups.set(carrierId, rows);
  }
  return [...groups]
    .sort(([a], [b]) => byCarrier(a, b))
    .map(([carrierId, rows]) => statisticsOf(carrierId, rows));
};

/** One carrier's loss statistics, or null if no loss claim counts for it. */
export const statisticsOfCarrier = (
  model: CarrierLossStatisticsModel,
  carrierId: string,
): CarrierLossStatistics | null =>
  listCarrierLossStatistics(model).find((statistics) => statistics.carrierId === carrierId) ?? null;
