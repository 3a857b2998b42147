import type { Money, ParcelId, PartyId } from '@parcel-claims/core';
import type { ClaimEventRecord } from '../record/claim-event-record.js';
import type { ShipmentEvent } from './claim-step-event.js';
import { UnexpectedClaimEvent } from './unexpected-claim-event.js';

/** What the claim read models need to know about a parcel. */
export interface ParcelFacts {
  readonly parcelId: ParcelId;
  readonly sellerId: PartyId;
  readonly forwarderId: PartyId;
  /** Null until insurance is bought. */
  readonly insurerId: PartyId | null;
  readonly insuredValue: Money | null;
  /** The international carrier the parcel was handed to; null until the handover. */
  readonly carrierId: PartyId | null;
}

/** The parcel's facts after one of its shipment events. */
export const nextParcelFacts = (
  facts: ParcelFacts | undefined,
  record: ClaimEventRecord<ShipmentEvent>,
): ParcelFacts => {
  const { event } = record;
  if (event.type === 'ParcelBooked') {
    const { parcelId, sellerId, forwarderId } = event.data;
    return { parcelId, sellerId, forwarderId, insurerId: null, insuredValue: null, carrierId: null };
  }
  if (facts === undefined) throw new UnexpectedClaimEvent({ record, reason: 'the parcel was never booked' });
  switch (event.type) {
    case 'InsurancePurchased':
      return { ...facts, insurerId: event.data.insurerId, insuredValue: event.data.insuredValue };
    case 'ParcelHandedToCarrier':
      return { ...facts, carrierId: event.data.carrierId };
    case 'ParcelPickedUp':
    case 'ParcelReceivedAtHub':
    case 'ParcelShipped':
    case 'TrackingUpdated':
    case 'ParcelDelivered':
    case 'DelegationGranted':
    case 'DelegationRevoked':
      return facts;
  }
};
