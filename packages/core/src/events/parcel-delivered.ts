import * as t from 'io-ts';
import { shipmentToChange } from '../decider/parcel-draft.js';
import { PieceId } from '../ids.js';
import { defineEvent } from './define-event.js';

/** The parcel, or the pieces named, reached the addressee; the parcel is delivered once all have. */
export const parcelDelivered = defineEvent(
  'ParcelDelivered',
  { pieceIds: t.array(PieceId) },
  (draft, data) => {
    const shipment = shipmentToChange(draft);
    if (shipment === null) return;
    shipment.stage = 'delivered';
    shipment.deliveredAt = data.at;
    shipment.deliveredPieceIds = [...shipment.deliveredPieceIds, ...data.pieceIds];
  },
);
