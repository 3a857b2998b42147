import { shipmentToChange } from '../decider/parcel-draft.js';
import { defineEvent } from './define-event.js';

/** The parcel reached its addressee. */
export const parcelDelivered = defineEvent('ParcelDelivered', {}, (draft, data) => {
  const shipment = shipmentToChange(draft);
  if (shipment === null) return;
  shipment.stage = 'delivered';
  shipment.deliveredAt = data.at;
});
