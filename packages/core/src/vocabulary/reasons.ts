import * as t from 'io-ts';

/** How the insured value is proven, recorded when insurance is bought. */
export const ValueBasis = t.keyof({ invoice: null, 'sales-price': null });
export type ValueBasis = t.TypeOf<typeof ValueBasis>;

/** A value basis as events record it: `not-recorded` only on bookings written before values were kept apart. */
export const RecordedValueBasis = t.keyof({ invoice: null, 'sales-price': null, 'not-recorded': null });
export type RecordedValueBasis = t.TypeOf<typeof RecordedValueBasis>;

/** Why an insurer rejected a claim; the common exclusions of parcel insurance. */
export const ClaimRejectionReason = t.keyof({
  'prohibited-goods': null,
  'customs-seizure': null,
  'returned-to-sender': null,
  'improper-packaging': null,
  'insufficient-evidence': null,
  'not-covered': null,
  'suspected-fraud': null,
});
export type ClaimRejectionReason = t.TypeOf<typeof ClaimRejectionReason>;

/** Why a claim was withdrawn. `parcel-delivered` is written by the decider when a lost parcel is delivered. */
export const WithdrawalReason = t.keyof({
  'parcel-found': null,
  'parcel-delivered': null,
  'seller-request': null,
  'settled-with-buyer': null,
});
export type WithdrawalReason = t.TypeOf<typeof WithdrawalReason>;
