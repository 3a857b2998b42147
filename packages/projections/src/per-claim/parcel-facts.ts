import type { Money, ParcelId, PartyId, PieceId } from '@parcel-claims/core';
import type { ClaimEventRecord } from '../record/claim-event-record.js';
import type { ShipmentEvent } from './claim-step-event.js';
import { UnexpectedClaimEvent } from './unexpected-claim-event.js';

/** What the claim read models need to know about a parcel. */
export interface ParcelFacts {
  readonly parcelId: ParcelId;
  readonly sellerId: PartyId;
  readonly forwarderId: PartyId;
  /** The goods value as booked, in its own currency (which may differ from the coverage's). */
  readonly goodsValue: Money;
  /** The parcel's pieces as booked, in booking order. */
  readonly pieceIds: readonly PieceId[];
  /** Null until insurance is bought. */
  readonly insurerId: PartyId | null;
  /** The sum insured, in the coverage currency; null until insurance is bought. */
  readonly insuredValue: Money | null;
  /** The international carrier that took the parcel at handover; null until the handover. */
  readonly carrierId: PartyId | null;
}

/** The parcel's facts after one of its shipment events. */
export const nextParcelFacts = (
  facts: ParcelFacts | undefined,
  record: ClaimEventRecord<ShipmentEvent>,
): ParcelFacts => {
  const { event } = record;
  if (event.type === 'ParcelBooked') {
    const { parcelId, sellerId, forwarderId, goodsValue, pieces } = event.data;
    return {
      parcelId,
      sellerId,
      forwarderId,
      goodsValue,
      pieceIds: pieces.map((piece) => piece.pieceId),
      insurerId: null,
      insuredValue: null,
      carrierId: null,
    };
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
