import { claimStatusAfter } from '../per-claim/claim-status-after.js';
import { type PerClaim, perClaimReadModel } from '../per-claim/per-claim-read-model.js';
import { changeRow, type StepChanges, unchanged } from '../per-claim/step-changes.js';
import type { ClaimReadModel } from '../record/claim-read-model.js';
import type { SellerClaimRow } from './seller-row.js';

/** Per-seller claim statistics: one row per claim, totalled per seller by the queries. */
export type SellerStatisticsModel = PerClaim<SellerClaimRow>;

const sellerChanges: StepChanges<SellerClaimRow> = {
  DocumentAttached: unchanged,
  DocumentRejected: unchanged,
  DocumentDeadlineExtended: unchanged,
  LossConfirmed: unchanged,
  ClaimSubmitted: unchanged,
  InformationRequested: unchanged,
  InformationProvided: unchanged,
  ClaimAccepted: unchanged,
  ClaimRejected: unchanged,
  ClaimReopened: unchanged,
  ClaimPaid: (row, { event }) => ({ ...row, paidAmount: event.data.amount, paidAt: event.data.at }),
  PayoutOverdue: unchanged,
  DecisionOverdue: unchanged,
  ClaimLapsed: unchanged,
  ClaimWithdrawn: unchanged,
  CarrierNotified: unchanged,
  CarrierNoticeMissed: unchanged,
  CarrierLiabilityAssessed: unchanged,
  RecoveryFiled: unchanged,
  RecoveryReceived: unchanged,
  RecoveryClosed: unchanged,
  ParcelFoundAfterPayout: unchanged,
  ClaimRepaid: unchanged,
  GoodsSurrendered: unchanged,
  SalvageElectionOverdue: unchanged,
};

/** Per-seller claim statistics as a pure read model. */
export const sellerStatistics: ClaimReadModel<SellerStatisticsModel> = perClaimReadModel<SellerClaimRow>({
  opened: ({ event }, parcel) => ({
    sellerId: parcel.sellerId,
    status: 'gathering-documents',
    openedAt: event.data.at,
    paidAmount: null,
    paidAt: null,
  }),
  changed: (row, record) =>
    changeRow(sellerChanges, { ...row, status: claimStatusAfter(row.status, record.event) }, record),
});
