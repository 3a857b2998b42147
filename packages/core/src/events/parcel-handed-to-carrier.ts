import { shipmentToChange } from '../decider/parcel-draft.js';
import { NonEmptyText, PartyId } from '../ids.js';
import { defineEvent } from './define-event.js';

/** Proof of handover: the international carrier scanned and took custody. */
export const parcelHandedToCarrier = defineEvent(
  'ParcelHandedToCarrier',
  {
    carrierId: PartyId,
    trackingNumber: NonEmptyText,
    airBoxNumber: NonEmptyText,
    customsBoxNumber: NonEmptyText,
  },
  (draft, data) => {
    const shipment = shipmentToChange(draft);
    if (shipment === null) return;
    shipment.stage = 'with-carrier';
    shipment.carrierId = data.carrierId;
    shipment.lastMovementAt = data.at;
  },
);
