import { shipmentToChange } from '../decider/parcel-draft.js';
import { NonEmptyText } from '../ids.js';
import { Instant, isAfter } from '../time/instant.js';
import { defineEvent } from './define-event.js';

/** A tracking scan; `scannedAt` is the carrier's time, `at` when it was recorded. */
export const trackingUpdated = defineEvent(
  'TrackingUpdated',
  { scannedAt: Instant, location: NonEmptyText, description: NonEmptyText },
  (draft, data) => {
    const last = draft.shipment === null ? null : draft.shipment.lastMovementAt;
    if (last !== null && !isAfter(data.scannedAt, last)) return;
    const shipment = shipmentToChange(draft);
    if (shipment !== null) shipment.lastMovementAt = data.scannedAt;
  },
);
