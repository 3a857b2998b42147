import { claimStatusAfter } from '../per-claim/claim-status-after.js';
import { type PerClaim, perClaimReadModel } from '../per-claim/per-claim-read-model.js';
import type { ClaimReadModel } from '../record/claim-read-model.js';
import type { PayoutRow } from './payout-row.js';

/** The payout SLA watch: accepted claims, their payout due dates, and when they were paid. */
export type PayoutSlaWatch = PerClaim<PayoutRow>;

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
  changed: (row, { event, position }) => {
    const next: PayoutRow = { ...row, status: claimStatusAfter(row.status, event) };
    switch (event.type) {
      case 'ClaimAccepted':
        return {
          ...next,
          acceptance: {
            approvedAmount: event.data.approvedAmount,
            acceptedAt: event.data.at,
            payoutDue: event.data.payoutDue,
            acceptedPosition: position,
          },
        };
      case 'ClaimPaid':
        return { ...next, paidAt: event.data.at };
      case 'PayoutOverdue':
        return { ...next, overdueRecorded: true };
      default:
        return next;
    }
  },
});
