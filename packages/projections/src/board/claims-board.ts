import { claimStatusAfter } from '../per-claim/claim-status-after.js';
import { type PerClaim, perClaimReadModel } from '../per-claim/per-claim-read-model.js';
import { changeRow, type StepChanges, unchanged } from '../per-claim/step-changes.js';
import type { ClaimReadModel } from '../record/claim-read-model.js';
import type { BoardRow } from './board-entry.js';

/** The claims board: every claim with its parcel, seller, type, pieces, status, amounts, breakdown and times. */
export type ClaimsBoard = PerClaim<BoardRow>;

const boardChanges: StepChanges<BoardRow> = {
  DocumentAttached: unchanged,
  DocumentRejected: (row) => ({ ...row, decisionOverdue: false }),
  DocumentDeadlineExtended: unchanged,
  LossConfirmed: unchanged,
  ClaimSubmitted: unchanged,
  InformationRequested: unchanged,
  InformationProvided: unchanged,
  ClaimAccepted: (row, { event }) => ({
    ...row,
    approvedAmount: event.data.approvedAmount,
    breakdown: event.data.breakdown,
  }),
  ClaimRejected: unchanged,
  ClaimReopened: (row) => ({ ...row, decisionOverdue: false }),
  ClaimPaid: (row, { event }) => ({ ...row, paidAmount: event.data.amount }),
  PayoutOverdue: (row) => ({ ...row, payoutOverdue: true }),
  DecisionOverdue: (row) => ({ ...row, decisionOverdue: true }),
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
 * The claims board as a pure read model. Statuses follow the decider's: a document rejection
 * sends a claim back to gathering documents and clears a recorded decision delay.
 *
 * @example
 * const sink = memoryProjectionSink(claimProjection(claimsBoard));
 */
export const claimsBoard: ClaimReadModel<ClaimsBoard> = perClaimReadModel<BoardRow>({
  opened: ({ event, position }, parcel) => ({
    parcelId: parcel.parcelId,
    claimId: event.data.claimId,
    sellerId: parcel.sellerId,
    insurerId: parcel.insurerId,
    claimType: event.data.claimType,
    status: 'gathering-documents',
    pieceIds: event.data.pieceIds,
    goodsValue: parcel.goodsValue,
    insuredValue: parcel.insuredValue,
    approvedAmount: null,
    breakdown: null,
    paidAmount: null,
    decisionOverdue: false,
    payoutOverdue: false,
    openedAt: event.data.at,
    updatedAt: event.data.at,
    openedPosition: position,
  }),
  changed: (row, record) => {
    const { event } = record;
    const next: BoardRow = { ...row, status: claimStatusAfter(row.status, event), updatedAt: event.data.at };
    return changeRow(boardChanges, next, record);
  },
});
