import type { ClaimEvent, EventOf } from '@parcel-claims/core';

/** Events about the parcel itself, before and besides any claim. */
export type ShipmentEvent = EventOf<
  | 'ParcelBooked'
  | 'InsurancePurchased'
  | 'ParcelPickedUp'
  | 'ParcelReceivedAtHub'
  | 'ParcelShipped'
  | 'ParcelHandedToCarrier'
  | 'TrackingUpdated'
  | 'ParcelDelivered'
>;

/** Every event of a claim after its inquiry opened: each names the claim by `claimId`. */
export type ClaimStepEvent = Exclude<ClaimEvent, ShipmentEvent | EventOf<'InquiryOpened'>>;
