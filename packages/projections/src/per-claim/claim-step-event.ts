import type { ClaimEventType, EventOf } from '@parcel-claims/core';

/**
 * Where an event belongs: the parcel itself (its shipment, coverage and parties), the opening of a
 * claim, or a later step of a claim.
 */
export type EventPlace = 'shipment' | 'opening' | 'step';

/** The place of every event type: a new event type does not compile until it is given one. */
export const eventPlaces = {
  ParcelBooked: 'shipment',
  InsurancePurchased: 'shipment',
  ParcelPickedUp: 'shipment',
  ParcelReceivedAtHub: 'shipment',
  ParcelShipped: 'shipment',
  ParcelHandedToCarrier: 'shipment',
  TrackingUpdated: 'shipment',
  ParcelDelivered: 'shipment',
  InquiryOpened: 'opening',
  DocumentAttached: 'step',
  DocumentRejected: 'step',
  DocumentDeadlineExtended: 'step',
  LossConfirmed: 'step',
  ClaimSubmitted: 'step',
  InformationRequested: 'step',
  InformationProvided: 'step',
  ClaimAccepted: 'step',
  ClaimRejected: 'step',
  ClaimReopened: 'step',
  ClaimPaid: 'step',
  PayoutOverdue: 'step',
  DecisionOverdue: 'step',
  ClaimLapsed: 'step',
  ClaimWithdrawn: 'step',
  DelegationGranted: 'shipment',
  DelegationRevoked: 'shipment',
  CarrierNotified: 'step',
  CarrierNoticeMissed: 'step',
  CarrierLiabilityAssessed: 'step',
  RecoveryFiled: 'step',
  RecoveryReceived: 'step',
  RecoveryClosed: 'step',
  ParcelFoundAfterPayout: 'step',
  ClaimRepaid: 'step',
  GoodsSurrendered: 'step',
  SalvageElectionOverdue: 'step',
} as const satisfies { readonly [T in ClaimEventType]: EventPlace };

type TypesIn<P extends EventPlace> = {
  [T in ClaimEventType]: (typeof eventPlaces)[T] extends P ? T : never;
}[ClaimEventType];

/** Events about the parcel itself, before and besides any claim. */
export type ShipmentEvent = EventOf<TypesIn<'shipment'>>;

/** The event that opens a claim. */
export type OpeningEvent = EventOf<TypesIn<'opening'>>;

/** The type of every event of a claim after its inquiry opened. */
export type ClaimStepType = TypesIn<'step'>;

/** Every event of a claim after its inquiry opened: each names the claim by `claimId`. */
export type ClaimStepEvent = EventOf<ClaimStepType>;
