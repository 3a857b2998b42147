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

/**
 * Loss (non-delivery), damage (delivered, but damaged) and partial loss (a delivery that left
 * pieces behind, naming them); the core's other claim types are held by the properties over
 * generated histories.
 */
export type ClaimType = 'loss' | 'damage' | 'partial-loss';

/** The roles a parcel records a party for; `system` is no party. */
export type PartyRole = Exclude<Role, 'system'>;

/** The parties the model's parcels are booked, insured and carried by: two of each role. */
export const partyPool: { readonly [R in PartyRole]: readonly [string, string] } = {
  seller: ['seller-1', 'seller-2'],
  forwarder: ['forwarder-1', 'forwarder-2'],
  insurer: ['insurer-1', 'insurer-2'],
  carrier: ['carrier-1', 'carrier-2'],
};

/** The sender of a command: the parcel's own party in its role, a delegate of it, or another party. */
export type Who = 'own' | 'delegate' | 'foreign';

/** The documents of the three dossiers. */
export type DocumentType =
  | 'outbound-record'
  | 'proof-of-value'
  | 'proof-of-handover'
  | 'buyer-dispute-evidence'
  | 'loss-confirmation'
  | 'damage-photos'
  | 'repair-estimate'
  | 'packing-list';

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
  'packing-list',
];

/** Every document of the dossiers. */
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
 * The steps after payment the model leaves out but for what deadlines and deliveries write on their
 * own: its insurer never notifies the carrier, assesses, recovers, and its insured never elects.
 */
type AfterPayment =
  | 'NotifyCarrier'
  | 'AssessCarrierLiability'
  | 'FileRecovery'
  | 'RecordRecovery'
  | 'CloseRecovery'
  | 'ElectSalvage'
  | 'CarrierNotified'
  | 'CarrierLiabilityAssessed'
  | 'RecoveryFiled'
  | 'RecoveryReceived'
  | 'RecoveryClosed'
  | 'ClaimRepaid'
  | 'GoodsSurrendered';

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

/** Every command the service takes, but the steps after payment. */
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
  | 'CheckDeadlines'
  | 'GrantDelegation'
  | 'RevokeDelegation',
  Exclude<ClaimCommandType, AfterPayment | DecisionStep>
>;

/** Every event the service writes. */
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
  | 'ClaimWithdrawn'
  | 'DelegationGranted'
  | 'DelegationRevoked'
  | 'CarrierNoticeMissed'
  | 'ParcelFoundAfterPayout'
  | 'SalvageElectionOverdue',
  Exclude<ClaimEventType, AfterPayment | DecisionStep>
>;
