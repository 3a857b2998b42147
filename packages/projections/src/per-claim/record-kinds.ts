import type { EventOf } from '@parcel-claims/core';
import type { ClaimEventRecord } from '../record/claim-event-record.js';
import type { ClaimStepEvent, ShipmentEvent } from './claim-step-event.js';

/** A record of an event about the parcel itself. */
export const isShipment = (record: ClaimEventRecord): record is ClaimEventRecord<ShipmentEvent> => {
  switch (record.event.type) {
    case 'ParcelBooked':
    case 'InsurancePurchased':
    case 'ParcelPickedUp':
    case 'ParcelReceivedAtHub':
    case 'ParcelShipped':
    case 'ParcelHandedToCarrier':
    case 'TrackingUpdated':
    case 'ParcelDelivered':
      return true;
    default:
      return false;
  }
};

/** A record of an inquiry opening a claim. */
export const isOpening = (record: ClaimEventRecord): record is ClaimEventRecord<EventOf<'InquiryOpened'>> =>
  record.event.type === 'InquiryOpened';

/** A record of a later step of a claim. */
export const isClaimStep = (record: ClaimEventRecord): record is ClaimEventRecord<ClaimStepEvent> =>
  !isShipment(record) && !isOpening(record);
