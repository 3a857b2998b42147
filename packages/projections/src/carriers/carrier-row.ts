import type { ClaimStatus, ClaimType, Money } from '@parcel-claims/core';

/** One claim as the carrier loss statistics see it. */
export interface CarrierClaimRow {
  readonly streamId: string;
  readonly claimType: ClaimType;
  readonly status: ClaimStatus;
  /** Whether that letter stands: received and not rejected since. */
  readonly lossConfirmed: boolean;
  readonly paidAmount: Money | null;
}
