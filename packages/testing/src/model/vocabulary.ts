import type { ClaimCommandType, ClaimEventType } from '@parcel-claims/core';

/**
 * The model's own words for the domain. Plain string unions, written out here rather than taken from
 * the core's codecs, so that a renamed or dropped value in the core shows up as a disagreement.
 */

/**
 * The model's list, checked to hold exactly the core's: a command or event type added to, renamed
 * in or dropped from the core does not compile here, and once the model's list follows, every
 * table and switch of the model over it names what the new type lacks.
 */
type SameAs<Model extends Core, Core extends Mirror, Mirror = Model> = Model;

/** Who issues a command; `system` is the deadline scheduler. */
export type Role = 'seller' | 'forwarder' | 'carrier' | 'insurer' | 'system';
/** Every role, for commands sent by the wrong party. */
export const roles: readonly Role[] = ['seller', 'forwarder', 'carrier', 'insurer', 'system'];

/** The two currencies parcels are booked in; two are enough to send a wrong one. */
export type Currency = 'CNY' | 'EUR';

/** Money as the model counts it: whole minor units of one currency. */
export interface Amount {
  readonly minorUnits: number;
  readonly currency: Currency;
}

/** Same minor units in the same currency. */
export const sameAmount = (a: Amount, b: Amount): boolean =>
  a.minorUnits === b.minorUnits && a.currency === b.currency;

/** `12500 CNY`. */
export const showAmount = (a: Amount): string => `${a.minorUnits} ${a.currency}`;

/** Loss (non-delivery) or damage (delivered, but damaged). */
export type ClaimType = 'loss' | 'damage';

/** The documents of the two dossiers. */
export type DocumentType =
  | 'outbound-record'
  | 'proof-of-value'
  | 'proof-of-handover'
  | 'buyer-dispute-evidence'
  | 'loss-confirmation'
  | 'damage-photos'
  | 'repair-estimate';

/** Every document but the carrier's letter, which only ConfirmLoss brings. */
export type AttachableDocumentType = Exclude<DocumentType, 'loss-confirmation'>;

/** Every document AttachDocument may name. */
export const attachableDocumentTypes: readonly AttachableDocumentType[] = [
  'outbound-record',
  'proof-of-value',
  'proof-of-handover',
  'buyer-dispute-evidence',
  'damage-photos',
  'repair-estimate',
];

/** Every document of either dossier. */
export const documentTypes: readonly DocumentType[] = [...attachableDocumentTypes, 'loss-confirmation'];

/** The party that owes a document. */
export type DocumentOwner = 'seller' | 'forwarder' | 'carrier';

/** Where the parcel is; `none` before it is booked. */
export type Stage = 'none' | 'booked' | 'picked-up' | 'at-hub' | 'shipped' | 'with-carrier' | 'delivered';

/** A claim's status in the model; `gathering` is the core's `gathering-documents`. */
export type ClaimStatus =
  | 'gathering'
  | 'submitted'
  | 'accepted'
  | 'paid'
  | 'rejected'
  | 'lapsed'
  | 'withdrawn';

/** The statuses nothing changes any more. */
export const closedStatuses: readonly ClaimStatus[] = ['paid', 'rejected', 'lapsed', 'withdrawn'];

/** The reasons a party may give for withdrawing (the delivery's own reason is written by the service). */
export type WithdrawalReason = 'parcel-found' | 'seller-request' | 'settled-with-buyer';

/**
 * The delegation commands and events, which the model leaves out: its parties always act in their
 * own names. P2 (parcel party, delegations) is held by the properties over generated histories.
 */
type Delegation =
  | 'GrantDelegation'
  | 'RevokeDelegation'
  | 'DelegationGranted'
  | 'DelegationRevoked'
  | DecisionStep;

/**
 * The steps of a decision the model also leaves out (information requests, appeals): the
 * properties over generated histories (`arbHistory`) hold K2 and K3.
 */
type DecisionStep =
  | 'RequestInformation'
  | 'AnswerInformationRequest'
  | 'AppealRejection'
  | 'InformationRequested'
  | 'InformationProvided'
  | 'ClaimReopened';

/** Every command the service takes, but delegations. */
export type CommandType = SameAs<
  | 'BookParcel'
  | 'PurchaseInsurance'
  | 'RecordPickup'
  | 'RecordHubArrival'
  | 'ShipParcel'
  | 'HandOverToCarrier'
  | 'RecordTrackingUpdate'
  | 'RecordDelivery'
  | 'OpenInquiry'
  | 'AttachDocument'
  | 'RejectDocument'
  | 'ExtendDocumentDeadline'
  | 'ConfirmLoss'
  | 'SubmitClaim'
  | 'AcceptClaim'
  | 'RejectClaim'
  | 'PayClaim'
  | 'WithdrawClaim'
  | 'CheckDeadlines',
  Exclude<ClaimCommandType, Delegation>
>;

/** Every event the service writes, but delegations. */
export type EventType = SameAs<
  | 'ParcelBooked'
  | 'InsurancePurchased'
  | 'ParcelPickedUp'
  | 'ParcelReceivedAtHub'
  | 'ParcelShipped'
  | 'ParcelHandedToCarrier'
  | 'TrackingUpdated'
  | 'ParcelDelivered'
  | 'InquiryOpened'
  | 'DocumentAttached'
  | 'DocumentRejected'
  | 'DocumentDeadlineExtended'
  | 'LossConfirmed'
  | 'ClaimSubmitted'
  | 'ClaimAccepted'
  | 'ClaimRejected'
  | 'ClaimPaid'
  | 'PayoutOverdue'
  | 'DecisionOverdue'
  | 'ClaimLapsed'
  | 'ClaimWithdrawn',
  Exclude<ClaimEventType, Delegation>
>;
