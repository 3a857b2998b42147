import type {
  ClaimId,
  ClaimStatus,
  ClaimType,
  Instant,
  Money,
  ParcelId,
  PartyId,
  PayoutBreakdown,
  PieceId,
} from '@parcel-claims/core';

/** One claim on the claims board. */
export interface BoardEntry {
  readonly parcelId: ParcelId;
  readonly claimId: ClaimId;
  readonly sellerId: PartyId;
  /** Null only for a parcel whose insurance the board never saw (the decider requires it). */
  readonly insurerId: PartyId | null;
  readonly claimType: ClaimType;
  readonly status: ClaimStatus;
  /** The pieces the claim holds (every piece of a one-piece parcel). */
  readonly pieceIds: readonly PieceId[];
  /** The parcel's goods value as booked, in its own currency. */
  readonly goodsValue: Money;
  /** The sum insured, in the coverage currency. */
  readonly insuredValue: Money | null;
  readonly approvedAmount: Money | null;
  /** How the cap on the approved amount was worked out, step by step; null until accepted. */
  readonly breakdown: PayoutBreakdown | null;
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
