import type {
  AttachableDocumentType,
  ClaimType,
  Currency,
  DocumentType,
  Role,
  WithdrawalReason,
} from './vocabulary.js';

/** Which claim a generated claim command names: the parcel's current one, or another. */
export type ClaimRef = 'current' | 'other';

/**
 * A generated command, before the model fills in what depends on its state (ids, amounts relative
 * to the coverage, the claim id). The variants say in words what kind of value to send, so that a
 * failing sequence reads as a story: `PayClaim p2 amount=more`.
 */
export type Spec =
  | {
      readonly type: 'BookParcel';
      readonly declared: number;
      readonly shipping: number;
      readonly currency: Currency;
      readonly pieces: number;
      readonly variant: 'valid' | 'zero-value' | 'mixed-currency' | 'pieces-off';
    }
  | {
      readonly type: 'PurchaseInsurance';
      readonly percent: number;
      readonly coversShipping: boolean;
      readonly variant: 'valid' | 'above-declared' | 'other-currency';
      /** For a coverage in another currency than the goods: the rate it sends. */
      readonly rate: RateSpec;
    }
  | {
      readonly type:
        | 'RecordPickup'
        | 'RecordHubArrival'
        | 'ShipParcel'
        | 'HandOverToCarrier'
        | 'CheckDeadlines';
    }
  | { readonly type: 'RecordDelivery'; readonly pieces: 'all' | 'some' | 'unknown' }
  | { readonly type: 'RecordTrackingUpdate'; readonly scanned: 'now' | 'earlier' | 'future' }
  | {
      readonly type: 'OpenInquiry';
      readonly claimType: ClaimType;
      readonly claimId: 'fresh' | 'reused';
      /** Every piece no claim holds (null), the pieces not delivered, the delivered ones, or all. */
      readonly pieces: 'unheld' | 'undelivered' | 'delivered' | 'all';
    }
  | {
      readonly type: 'AttachDocument';
      readonly claim: ClaimRef;
      readonly documentType: AttachableDocumentType;
    }
  | { readonly type: 'RejectDocument'; readonly claim: ClaimRef; readonly documentType: DocumentType }
  | {
      readonly type: 'ExtendDocumentDeadline';
      readonly claim: ClaimRef;
      readonly documentType: DocumentType;
      /** A number of days, or as many as reach the extension limit exactly, or one more. */
      readonly days: number | 'to-limit' | 'past-limit';
    }
  | { readonly type: 'SubmitClaim' | 'RejectClaim'; readonly claim: ClaimRef }
  | { readonly type: 'ConfirmLoss'; readonly claim: ClaimRef; readonly carrier: 'parcel' | 'other' }
  | {
      readonly type: 'AcceptClaim';
      readonly claim: ClaimRef;
      readonly proven: 'insured' | 'declared' | 'half-insured';
      readonly approved: 'cap' | 'below-cap' | 'above-cap' | 'zero' | 'other-currency';
      /** For amounts in another currency than the coverage: the rate it sends. */
      readonly rate: RateSpec;
    }
  | {
      readonly type: 'PayClaim';
      readonly claim: ClaimRef;
      readonly amount: 'approved' | 'less' | 'more' | 'other-currency';
    }
  | { readonly type: 'WithdrawClaim'; readonly claim: ClaimRef; readonly reason: WithdrawalReason }
  | {
      readonly type: 'GrantDelegation' | 'RevokeDelegation';
      /** The parcel's forwarder (acting for another role), the other party of the role, or itself. */
      readonly delegate: 'forwarder' | 'other' | 'self';
    };

/** The rate a command sends: none, one dated the day the policy takes rates at, or a week before. */
export type RateSpec = 'none' | 'on-date' | 'stale';

/** Who sends a generated command: the role that usually does, or a given one (often not permitted). */
export type RoleChoice = 'usual' | Role;

/** `PayClaim amount=more`: the spec's type and its chosen values, for the failing sequence's report. */
export const showSpec = (spec: Spec): string => {
  const { type, ...rest } = spec;
  const values = Object.entries(rest).map(([k, v]) => `${k}=${String(v)}`);
  return values.length === 0 ? type : `${type} ${values.join(' ')}`;
};
