import type { ClaimStatus, Instant, Money, PartyId } from '@parcel-claims/core';

/** One claim as the seller statistics see it. */
export interface SellerClaimRow {
  readonly sellerId: PartyId;
  readonly status: ClaimStatus;
  /** When the inquiry opened. */
  readonly openedAt: Instant;
  readonly paidAmount: Money | null;
  readonly paidAt: Instant | null;
}
