import type {
  ClaimId,
  ClaimType,
  CurrencyCode,
  Instant,
  Money,
  ParcelId,
  PartyId,
} from '@parcel-claims/core';

/**
 * One claim as the claims bordereau keeps it: its dates (first advice is the inquiry, which is
 * also taken as the date of loss; opening is the first submission of the complete dossier;
 * decision the latest acceptance or rejection), its amounts and its currencies.
 */
export interface BordereauRow {
  readonly parcelId: ParcelId;
  readonly claimId: ClaimId;
  /** Null only for a parcel whose insurance the read model never saw. */
  readonly insurerId: PartyId | null;
  /** The coverage (certificate) the claim is made under: one per insured parcel, named by the parcel. */
  readonly certificate: ParcelId;
  readonly claimType: ClaimType;
  readonly firstAdviceAt: Instant;
  readonly openedAt: Instant | null;
  readonly decidedAt: Instant | null;
  readonly decision: 'accepted' | 'rejected' | null;
  readonly approvedAmount: Money | null;
  readonly paidAt: Instant | null;
  readonly paidAmount: Money | null;
  /** A withdrawal or lapse ends what is outstanding. */
  readonly endedAt: Instant | null;
  /**
   * What came back to the insurer for this claim, in the settlement currency, each with when: from
   * the carrier (`RecoveryReceived`) and from the insured repaying a payout once the parcel was
   * found (`ClaimRepaid`), subrogation and salvage as a bordereau reports them.
   */
  readonly recoveries: readonly { readonly at: Instant; readonly minorUnits: number }[];
  /** The currency of the goods value as booked. */
  readonly originalCurrency: CurrencyCode;
  /** The coverage currency: what is approved and paid in. */
  readonly settlementCurrency: CurrencyCode;
}
