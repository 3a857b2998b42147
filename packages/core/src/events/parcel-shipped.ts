import { shipmentToChange } from '../decider/parcel-draft.js';
import { NonEmptyText, PartyId } from '../ids.js';
import { defineEvent } from './define-event.js';

/** The outbound record: the parcel left the processing centre; dispatch time is `at`. */
export const parcelShipped = defineEvent(
  'ParcelShipped',
  { hubId: PartyId, cargoReference: NonEmptyText },
  (draft, data) => {
    const shipment = shipmentToChange(draft);
    if (shipment === null) return;
    shipment.stage = 'shipped';
    shipment.shippedAt = data.at;
    shipment.lastMovementAt = data.at;
  },
);
