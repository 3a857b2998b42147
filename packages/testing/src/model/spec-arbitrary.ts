import fc from 'fast-check';
import type { ClaimRef, RateSpec, RoleChoice, Spec } from './spec.js';
import { attachableDocumentTypes, documentTypes, roles, type Who } from './vocabulary.js';

const rateSpec: fc.Arbitrary<RateSpec> = fc.constantFrom(
  'on-date' as const,
  'on-date' as const,
  'none' as const,
  'stale' as const,
);

/** Mostly the parcel's own party in the role, sometimes a delegate of it, now and then another party. */
export const whoArbitrary: fc.Arbitrary<Who> = fc.oneof(
  { weight: 14, arbitrary: fc.constant('own' as const) },
  { weight: 4, arbitrary: fc.constant('delegate' as const) },
  { weight: 1, arbitrary: fc.constant('foreign' as const) },
);

const claimRef: fc.Arbitrary<ClaimRef> = fc.oneof(
  { weight: 9, arbitrary: fc.constant('current' as const) },
  { weight: 1, arbitrary: fc.constant('other' as const) },
);

/** Usually the party that sends such a command, now and then any role (most are not permitted). */
export const roleChoice: fc.Arbitrary<RoleChoice> = fc.oneof(
  { weight: 6, arbitrary: fc.constant('usual' as const) },
  { weight: 1, arbitrary: fc.constantFrom(...roles) },
);

/** Every command type, with the values that decide its answer; claim commands mostly name the current claim. */
export const specArbitrary: fc.Arbitrary<Spec> = fc.oneof(
  fc.record({
    type: fc.constant('BookParcel' as const),
    declared: fc.integer({ min: 1_000, max: 2_000_000 }),
    shipping: fc.integer({ min: 0, max: 50_000 }),
    currency: fc.constantFrom('CNY' as const, 'EUR' as const),
    pieces: fc.integer({ min: 1, max: 3 }),
    variant: fc.constantFrom(
      'valid' as const,
      'valid' as const,
      'zero-value' as const,
      'mixed-currency' as const,
      'pieces-off' as const,
    ),
  }),
  fc.record({
    type: fc.constant('PurchaseInsurance' as const),
    percent: fc.integer({ min: 1, max: 100 }),
    coversShipping: fc.boolean(),
    variant: fc.constantFrom(
      'valid' as const,
      'valid' as const,
      'above-declared' as const,
      'other-currency' as const,
    ),
    rate: rateSpec,
  }),
  fc.record({
    type: fc.constantFrom(
      'RecordPickup' as const,
      'RecordHubArrival' as const,
      'ShipParcel' as const,
      'HandOverToCarrier' as const,
      'CheckDeadlines' as const,
    ),
  }),
  fc.record({
    type: fc.constant('RecordDelivery' as const),
    pieces: fc.constantFrom('all' as const, 'some' as const, 'unknown' as const),
  }),
  fc.record({
    type: fc.constant('RecordTrackingUpdate' as const),
    scanned: fc.constantFrom('now' as const, 'earlier' as const, 'future' as const),
  }),
  fc.record({
    type: fc.constant('OpenInquiry' as const),
    claimType: fc.constantFrom('loss' as const, 'damage' as const, 'partial-loss' as const),
    claimId: fc.constantFrom('fresh' as const, 'fresh' as const, 'reused' as const),
    pieces: fc.constantFrom('unheld' as const, 'undelivered' as const, 'delivered' as const, 'all' as const),
  }),
  fc.record({
    type: fc.constant('AttachDocument' as const),
    claim: claimRef,
    documentType: fc.constantFrom(...attachableDocumentTypes),
  }),
  fc.record({
    type: fc.constant('RejectDocument' as const),
    claim: claimRef,
    documentType: fc.constantFrom(...documentTypes),
  }),
  fc.record({
    type: fc.constant('ExtendDocumentDeadline' as const),
    claim: claimRef,
    documentType: fc.constantFrom(...documentTypes),
    days: fc.oneof(
      fc.integer({ min: 1, max: 90 }),
      fc.constantFrom('to-limit' as const, 'past-limit' as const),
    ),
  }),
  fc.record({
    type: fc.constantFrom('SubmitClaim' as const, 'RejectClaim' as const),
    claim: claimRef,
  }),
  fc.record({
    type: fc.constant('ConfirmLoss' as const),
    claim: claimRef,
    carrier: fc.constantFrom('parcel' as const, 'parcel' as const, 'other' as const),
  }),
  fc.record({
    type: fc.constant('AcceptClaim' as const),
    claim: claimRef,
    proven: fc.constantFrom('insured' as const, 'declared' as const, 'half-insured' as const),
    approved: fc.constantFrom(
      'cap' as const,
      'below-cap' as const,
      'above-cap' as const,
      'zero' as const,
      'other-currency' as const,
    ),
    rate: rateSpec,
  }),
  fc.record({
    type: fc.constant('PayClaim' as const),
    claim: claimRef,
    amount: fc.constantFrom('approved' as const, 'less' as const, 'more' as const, 'other-currency' as const),
  }),
  fc.record({
    type: fc.constant('WithdrawClaim' as const),
    claim: claimRef,
    reason: fc.constantFrom(
      'parcel-found' as const,
      'seller-request' as const,
      'settled-with-buyer' as const,
    ),
  }),
  fc.record({
    type: fc.constantFrom('GrantDelegation' as const, 'RevokeDelegation' as const),
    delegate: fc.constantFrom('forwarder' as const, 'other' as const, 'self' as const),
  }),
);
