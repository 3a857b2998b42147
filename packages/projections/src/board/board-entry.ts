import type { ClaimId, ClaimStatus, ClaimType, Instant, Money, ParcelId, PartyId } from '@parcel-claims/core';

/** One claim on the claims board. */
export interface BoardEntry {
  readonly parcelId: ParcelId;
  readonly claimId: ClaimId;
  readonly sellerId: PartyId;
  /** Null only for a parcel whose insurance the board never saw (the decider requires it). */
  readonly insurerId: PartyId | null;
  readonly claimType: ClaimType;
  readonly status: ClaimStatus;
  readonly insuredValue: Money | null;
  readonly approvedAmount: Money | null;
  readonly paidAmount: Money | null;
  /** A deadline check recorded that the decision is late (cleared when a document is rejected). */
  readonly decisionOverdue: boolean;
  /** A deadline check recorded that the payout is late. */
  readonly payoutOverdue: boolean;
  readonly openedAt: Instant;
  /** When the latest event of the claim happened. */
  readonly updatedAt: Instant;
}

/** A board entry with the global position of its inquiry, which orders the board. */
export interface BoardRow extends BoardEntry {
  readonly openedPosition: bigint;
}
