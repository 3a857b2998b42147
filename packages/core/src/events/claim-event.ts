import type * as t from 'io-ts';
import type { CheckingDecoder } from '../codec/checking-decoder.js';
import type { TaggedCodec } from '../codec/tagged-union.js';
import { taggedUnion } from '../codec/tagged-union.js';
import type { ParcelDraft } from '../decider/parcel-draft.js';
import { carrierLiabilityAssessed } from './carrier-liability-assessed.js';
import { carrierNoticeMissed } from './carrier-notice-missed.js';
import { carrierNotified } from './carrier-notified.js';
import { claimAccepted } from './claim-accepted.js';
import { claimLapsed } from './claim-lapsed.js';
import { claimPaid } from './claim-paid.js';
import { claimRejected } from './claim-rejected.js';
import { claimReopened } from './claim-reopened.js';
import { claimRepaid } from './claim-repaid.js';
import { claimSubmitted } from './claim-submitted.js';
import { claimWithdrawn } from './claim-withdrawn.js';
import { decisionOverdue } from './decision-overdue.js';
import { delegationGranted } from './delegation-granted.js';
import { delegationRevoked } from './delegation-revoked.js';
import { documentAttached } from './document-attached.js';
import { documentDeadlineExtended } from './document-deadline-extended.js';
import { documentRejected } from './document-rejected.js';
import { goodsSurrendered } from './goods-surrendered.js';
import { informationProvided } from './information-provided.js';
import { informationRequested } from './information-requested.js';
import { inquiryOpened } from './inquiry-opened.js';
import { insurancePurchased } from './insurance-purchased.js';
import { lossConfirmed } from './loss-confirmed.js';
import { parcelBooked } from './parcel-booked.js';
import { parcelDelivered } from './parcel-delivered.js';
import { parcelFoundAfterPayout } from './parcel-found-after-payout.js';
import { parcelHandedToCarrier } from './parcel-handed-to-carrier.js';
import { parcelPickedUp } from './parcel-picked-up.js';
import { parcelReceivedAtHub } from './parcel-received-at-hub.js';
import { parcelShipped } from './parcel-shipped.js';
import { payoutOverdue } from './payout-overdue.js';
import { recoveryClosed } from './recovery-closed.js';
import { recoveryFiled } from './recovery-filed.js';
import { recoveryReceived } from './recovery-received.js';
import { salvageElectionOverdue } from './salvage-election-overdue.js';
import { trackingUpdated } from './tracking-updated.js';

// The single list of event types: one line per type, in the order of a parcel's life. Everything
// else that depends on the set of types (the unions, the codecs, the generated checks, and every
// table keyed by type in this and other packages) is derived from it or typed over its keys.
const definitions = {
  ParcelBooked: parcelBooked,
  InsurancePurchased: insurancePurchased,
  ParcelPickedUp: parcelPickedUp,
  ParcelReceivedAtHub: parcelReceivedAtHub,
  ParcelShipped: parcelShipped,
  ParcelHandedToCarrier: parcelHandedToCarrier,
  TrackingUpdated: trackingUpdated,
  ParcelDelivered: parcelDelivered,
  InquiryOpened: inquiryOpened,
  DocumentAttached: documentAttached,
  DocumentRejected: documentRejected,
  DocumentDeadlineExtended: documentDeadlineExtended,
  LossConfirmed: lossConfirmed,
  ClaimSubmitted: claimSubmitted,
  InformationRequested: informationRequested,
  InformationProvided: informationProvided,
  ClaimAccepted: claimAccepted,
  ClaimRejected: claimRejected,
  ClaimReopened: claimReopened,
  ClaimPaid: claimPaid,
  PayoutOverdue: payoutOverdue,
  DecisionOverdue: decisionOverdue,
  ClaimLapsed: claimLapsed,
  ClaimWithdrawn: claimWithdrawn,
  CarrierNotified: carrierNotified,
  CarrierNoticeMissed: carrierNoticeMissed,
  CarrierLiabilityAssessed: carrierLiabilityAssessed,
  RecoveryFiled: recoveryFiled,
  RecoveryReceived: recoveryReceived,
  RecoveryClosed: recoveryClosed,
  ParcelFoundAfterPayout: parcelFoundAfterPayout,
  ClaimRepaid: claimRepaid,
  GoodsSurrendered: goodsSurrendered,
  SalvageElectionOverdue: salvageElectionOverdue,
  DelegationGranted: delegationGranted,
  DelegationRevoked: delegationRevoked,
};

/** The name of every event of a parcel stream. */
export type ClaimEventType = keyof typeof definitions;

type EventDataOf = { [T in ClaimEventType]: t.TypeOf<(typeof definitions)[T]['codec']>['data'] };

/**
 * The event of one type written so that, for a type parameter `T`, `type` is `T` and `data` is the
 * data of `T`: what lets one generic function hand any event to its own type's step.
 */
export type TypedEvent<T extends ClaimEventType> = { type: T; data: EventDataOf[T] };

/** Every event of a parcel stream. */
export type ClaimEvent = { [T in ClaimEventType]: TypedEvent<T> }[ClaimEventType];

/** The event of one type, e.g. `EventOf<'ClaimPaid'>`. */
export type EventOf<T extends ClaimEventType> = Extract<ClaimEvent, { type: T }>;

/** An event as stored: plain JSON, before its fields are checked and branded. */
export type ClaimEventJson = {
  [T in ClaimEventType]: t.OutputOf<(typeof definitions)[T]['codec']>;
}[ClaimEventType];

/** One event type as the registry holds it: its name, codec and evolve step. */
export interface ClaimEventDefinition<T extends ClaimEventType> {
  readonly type: T;
  readonly codec: TaggedCodec<T, TypedEvent<T>>;
  /** Changes the draft of the parcel state the event is folded into. */
  readonly apply: (draft: ParcelDraft, data: EventDataOf[T]) => void;
}

/** Every event type, by name: its codec and its evolve step. */
export const claimEventRegistry: { readonly [T in ClaimEventType]: ClaimEventDefinition<T> } = definitions;

/** Every event type name, in the order of the registry. */
export const claimEventTypes: readonly ClaimEventType[] = Object.values(claimEventRegistry).map(
  (definition) => definition.type,
);

/** The codec of each event type, for decoders that report errors against the one shape a `type` names. */
export const claimEventCodecs: ReadonlyMap<ClaimEventType, CheckingDecoder<ClaimEvent>> = new Map(
  Object.values(claimEventRegistry).map((definition) => [definition.type, definition.codec] as const),
);

/** Every event of a parcel stream, as one codec: checked and decoded by the codec its `type` names. */
export const ClaimEvent: t.Type<ClaimEvent, ClaimEventJson> = taggedUnion('ClaimEvent', claimEventCodecs);
