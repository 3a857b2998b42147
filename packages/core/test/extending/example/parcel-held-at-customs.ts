import { shipmentToChange } from '../../../src/decider/parcel-draft.js';
import { defineEvent } from '../../../src/events/define-event.js';
import { NonEmptyText } from '../../../src/ids.js';

/** Customs stopped the parcel for inspection; a customs scan counts as movement. */
export const parcelHeldAtCustoms = defineEvent(
  'ParcelHeldAtCustoms',
  { office: NonEmptyText, reason: NonEmptyText },
  (draft, data) => {
    const shipment = shipmentToChange(draft);
    if (shipment !== null) shipment.lastMovementAt = data.at;
  },
);
