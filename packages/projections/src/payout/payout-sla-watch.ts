import { claimStatusAfter } from '../per-claim/claim-status-after.js';
import { type PerClaim, perClaimReadModel } from '../per-claim/per-claim-read-model.js';
import { changeRow, type StepChanges, unchanged } from '../per-claim/step-changes.js';
import type { ClaimReadModel } from '../record/claim-read-model.js';
import type { PayoutRow } from './payout-row.js';

/** The payout SLA watch: accepted claims, their payout due dates, and when they were paid. */
export type PayoutSlaWatch = PerClaim<PayoutRow>;

const payoutChanges: StepChanges<PayoutRow> = {
  DocumentAttached: unchanged,
  DocumentRejected: unchanged,
  DocumentDeadlineExtended: unchanged,
  LossConfirmed: unchanged,
  ClaimSubmitted: unchanged,
  InformationRequested: unchanged,
  InformationProvided: unchanged,
  ClaimAccepted: (row, { event, position }) => ({
    ...row,
    acceptance: {
      approvedAmount: event.data.approvedAmount,
      acceptedAt: event.data.at,
      payoutDue: event.data.payoutDue,
      acceptedPosition: position,
    },
  }),
  ClaimRejected: unchanged,
  ClaimReopened: unchanged,
  ClaimPaid: (row, { event }) => ({ ...row, paidAt: event.data.at }),
  PayoutOverdue: (row) => ({ ...row, overdueRecorded: true }),
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
 * The payout SLA watch as a pure read model. The due date is the one stored in `ClaimAccepted`
 * (3 working days in the payer calendar under the default policy), never recomputed.
 */
export const payoutSlaWatch: ClaimReadModel<PayoutSlaWatch> = perClaimReadModel<PayoutRow>({
  opened: ({ event }, parcel) => ({
    parcelId: parcel.parcelId,
    claimId: event.data.claimId,
    sellerId: parcel.sellerId,
    insurerId: parcel.insurerId,
    status: 'gathering-documents',
    acceptance: null,
    paidAt: null,
    overdueRecorded: false,
  }),
  changed: (row, record) =>
    changeRow(payoutChanges, { ...row, status: claimStatusAfter(row.status, record.event) }, record),
});
