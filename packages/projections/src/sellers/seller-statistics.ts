import { claimStatusAfter } from '../per-claim/claim-status-after.js';
import { type PerClaim, perClaimReadModel } from '../per-claim/per-claim-read-model.js';
import type { ClaimReadModel } from '../record/claim-read-model.js';
import type { SellerClaimRow } from './seller-row.js';

/** Per-seller claim statistics: one row per claim, totalled per seller by the queries. */
export type SellerStatisticsModel = PerClaim<SellerClaimRow>;

/** Per-seller claim statistics as a pure read model. */
export const sellerStatistics: ClaimReadModel<SellerStatisticsModel> = perClaimReadModel<SellerClaimRow>({
  opened: ({ event }, parcel) => ({
    sellerId: parcel.sellerId,
    status: 'gathering-documents',
    openedAt: event.data.at,
    paidAmount: null,
    paidAt: null,
  }),
  changed: (row, { event }) => {
    const next: SellerClaimRow = { ...row, status: claimStatusAfter(row.status, event) };
    return event.type === 'ClaimPaid'
      ? { ...next, paidAmount: event.data.amount, paidAt: event.data.at }
      : next;
  },
});
