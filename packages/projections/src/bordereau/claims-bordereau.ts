import type { Instant } from '@parcel-claims/core';
import { type PerClaim, perClaimReadModel } from '../per-claim/per-claim-read-model.js';
import { changeRow, type StepChanges, unchanged } from '../per-claim/step-changes.js';
import type { ClaimReadModel } from '../record/claim-read-model.js';
import type { BordereauRow } from './bordereau-row.js';

/** The claims bordereau: every claim with the dates and amounts an insurer's monthly report lists. */
export type ClaimsBordereau = PerClaim<BordereauRow>;

const recovered = (row: BordereauRow, at: Instant, minorUnits: number): BordereauRow => ({
  ...row,
  recoveries: [...row.recoveries, { at, minorUnits }],
});

const bordereauChanges: StepChanges<BordereauRow> = {
  DocumentAttached: unchanged,
  DocumentRejected: unchanged,
  DocumentDeadlineExtended: unchanged,
  LossConfirmed: unchanged,
  ClaimSubmitted: (row, { event }) => ({ ...row, openedAt: row.openedAt ?? event.data.at }),
  InformationRequested: unchanged,
  InformationProvided: unchanged,
  ClaimAccepted: (row, { event }) => ({
    ...row,
    decidedAt: event.data.at,
    decision: 'accepted',
    approvedAmount: event.data.approvedAmount,
  }),
  ClaimRejected: (row, { event }) => ({ ...row, decidedAt: event.data.at, decision: 'rejected' }),
  ClaimReopened: (row) => ({ ...row, decision: null }),
  ClaimPaid: (row, { event }) => ({ ...row, paidAt: event.data.at, paidAmount: event.data.amount }),
  PayoutOverdue: unchanged,
  DecisionOverdue: unchanged,
  ClaimLapsed: (row, { event }) => ({ ...row, endedAt: event.data.at }),
  ClaimWithdrawn: (row, { event }) => ({ ...row, endedAt: event.data.at }),
  CarrierNotified: unchanged,
  CarrierNoticeMissed: unchanged,
  CarrierLiabilityAssessed: unchanged,
  RecoveryFiled: unchanged,
  RecoveryReceived: (row, { event }) => recovered(row, event.data.at, event.data.amount.minorUnits),
  RecoveryClosed: unchanged,
  ParcelFoundAfterPayout: unchanged,
  ClaimRepaid: (row, { event }) => recovered(row, event.data.at, event.data.amount.minorUnits),
  GoodsSurrendered: unchanged,
  SalvageElectionOverdue: unchanged,
};

/**
 * The claims bordereau as a pure read model.
 *
 * @example
 * const sink = memoryProjectionSink(claimProjection(claimsBordereau));
 */
export const claimsBordereau: ClaimReadModel<ClaimsBordereau> = perClaimReadModel<BordereauRow>({
  opened: ({ event }, parcel) => ({
    parcelId: parcel.parcelId,
    claimId: event.data.claimId,
    insurerId: parcel.insurerId,
    certificate: parcel.parcelId,
    claimType: event.data.claimType,
    firstAdviceAt: event.data.at,
    openedAt: null,
    decidedAt: null,
    decision: null,
    approvedAmount: null,
    paidAt: null,
    paidAmount: null,
    endedAt: null,
    recoveries: [],
    originalCurrency: parcel.goodsValue.currency,
    settlementCurrency: parcel.insuredValue?.currency ?? parcel.goodsValue.currency,
  }),
  changed: (row, record) => changeRow(bordereauChanges, row, record),
});
