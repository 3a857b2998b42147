import type { ClaimEventRecord } from '../record/claim-event-record.js';
import {
  type ClaimStepEvent,
  eventPlaces,
  type OpeningEvent,
  type ShipmentEvent,
} from './claim-step-event.js';

/** A record of an event about the parcel itself. */
export const isShipment = (record: ClaimEventRecord): record is ClaimEventRecord<ShipmentEvent> =>
  eventPlaces[record.event.type] === 'shipment';

/** A record of an inquiry opening a claim. */
export const isOpening = (record: ClaimEventRecord): record is ClaimEventRecord<OpeningEvent> =>
  eventPlaces[record.event.type] === 'opening';

/** A record of a later step of a claim. */
export const isClaimStep = (record: ClaimEventRecord): record is ClaimEventRecord<ClaimStepEvent> =>
  eventPlaces[record.event.type] === 'step';
