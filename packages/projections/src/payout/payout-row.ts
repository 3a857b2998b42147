import type { ClaimId, ClaimStatus, Deadline, Instant, Money, ParcelId, PartyId } from '@parcel-claims/core';

/** What the insurer decided, with the payout due date stored in `ClaimAccepted`. */
export interface PayoutAcceptance {
  readonly approvedAmount: Money;
  readonly acceptedAt: Instant;
  readonly payoutDue: Deadline;
  readonly acceptedPosition: bigint;
}

/** One claim as the payout SLA watch sees it. */
export interface PayoutRow {
  readonly parcelId: ParcelId;
  readonly claimId: ClaimId;
  readonly sellerId: PartyId;
  readonly insurerId: PartyId | null;
  readonly status: ClaimStatus;
  readonly acceptance: PayoutAcceptance | null;
  readonly paidAt: Instant | null;
  /** A deadline check recorded `PayoutOverdue`. */
  readonly overdueRecorded: boolean;
}
