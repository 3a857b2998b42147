import { claimStatusAfter } from '../per-claim/claim-status-after.js';
import { type PerClaim, perClaimReadModel } from '../per-claim/per-claim-read-model.js';
import { changeRow, type StepChanges, unchanged } from '../per-claim/step-changes.js';
import type { ClaimReadModel } from '../record/claim-read-model.js';
import type { CarrierClaimRow } from './carrier-row.js';

/** Per-carrier loss statistics: one row per claim, totalled per carrier by the queries. */
export type CarrierLossStatisticsModel = PerClaim<CarrierClaimRow>;

const carrierChanges: StepChanges<CarrierClaimRow> = {
  DocumentAttached: unchanged,
  DocumentRejected: (row, { event }) =>
    event.data.documentType === 'loss-confirmation' ? { ...row, lossConfirmed: false } : row,
  DocumentDeadlineExtended: unchanged,
  LossConfirmed: (row) => ({ ...row, lossConfirmed: true }),
  ClaimSubmitted: unchanged,
  InformationRequested: unchanged,
  InformationProvided: unchanged,
  ClaimAccepted: unchanged,
  ClaimRejected: unchanged,
  ClaimReopened: unchanged,
  ClaimPaid: (row, { event }) => ({ ...row, paidAmount: event.data.amount }),
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

/**
 * Per-carrier loss statistics as a pure read model. A claim counts for the carrier that took the
 * parcel (`ParcelHandedToCarrier`), which the queries read from the parcel's facts, as a handover
 * may be recorded after the inquiry.
 */
export const carrierLossStatistics: ClaimReadModel<CarrierLossStatisticsModel> =
  perClaimReadModel<CarrierClaimRow>({
    opened: ({ event, streamId }) => ({
      streamId,
      claimType: event.data.claimType,
      status: 'gathering-documents',
      lossConfirmed: false,
      paidAmount: null,
    }),
    changed: (row, record) =>
      changeRow(carrierChanges, { ...row, status: claimStatusAfter(row.status, record.event) }, record),
  });
