import { claimStatusAfter } from '../per-claim/claim-status-after.js';
import { type PerClaim, perClaimReadModel } from '../per-claim/per-claim-read-model.js';
import type { ClaimReadModel } from '../record/claim-read-model.js';
import type { BoardRow } from './board-entry.js';

/** The claims board: every claim with its parcel, seller, type, status, amounts and times. */
export type ClaimsBoard = PerClaim<BoardRow>;

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
    insuredValue: parcel.insuredValue,
    approvedAmount: null,
    paidAmount: null,
    decisionOverdue: false,
    payoutOverdue: false,
    openedAt: event.data.at,
    updatedAt: event.data.at,
    openedPosition: position,
  }),
  changed: (row, { event }) => {
    const next: BoardRow = { ...row, status: claimStatusAfter(row.status, event), updatedAt: event.data.at };
    switch (event.type) {
      case 'DocumentRejected':
        return { ...next, decisionOverdue: false };
      case 'ClaimAccepted':
        return { ...next, approvedAmount: event.data.approvedAmount };
      case 'ClaimPaid':
        return { ...next, paidAmount: event.data.amount };
      case 'PayoutOverdue':
        return { ...next, payoutOverdue: true };
      case 'DecisionOverdue':
        return { ...next, decisionOverdue: true };
      default:
        return next;
    }
  },
});
