import * as t from 'io-ts';
import { keptCopy, shipmentToChange } from '../decider/parcel-draft.js';
import type { Booking, Piece } from '../decider/state.js';
import { NonEmptyText, PartyId } from '../ids.js';
import { defineEvent } from './define-event.js';
import { PieceBoxes } from './parts.js';

/** Proof of handover: the international carrier scanned and took custody, each piece in its boxes. */
export const parcelHandedToCarrier = defineEvent(
  'ParcelHandedToCarrier',
  {
    carrierId: PartyId,
    trackingNumber: NonEmptyText,
    boxes: t.array(PieceBoxes),
  },
  (draft, data) => {
    const shipment = shipmentToChange(draft);
    if (shipment === null) return;
    shipment.stage = 'with-carrier';
    shipment.carrierId = data.carrierId;
    shipment.lastMovementAt = data.at;
    const booking = draft.booking;
    if (booking === null) return;
    const boxesOf = new Map(data.boxes.map((boxes) => [boxes.pieceId, boxes] as const));
    const pieces = booking.pieces.map((piece) => {
      const boxes = boxesOf.get(piece.pieceId);
      if (boxes === undefined) return piece;
      const boxed: Piece = {
        pieceId: piece.pieceId,
        description: piece.description,
        goodsValue: piece.goodsValue,
        weightGrams: piece.weightGrams,
        airBoxNumber: boxes.airBoxNumber,
        customsBoxNumber: boxes.customsBoxNumber,
      };
      return keptCopy(boxed);
    });
    const boxed: Booking = {
      sellerId: booking.sellerId,
      forwarderId: booking.forwarderId,
      origin: booking.origin,
      destination: booking.destination,
      contents: booking.contents,
      goodsValue: booking.goodsValue,
      valueBasis: booking.valueBasis,
      customsValue: booking.customsValue,
      carriageValue: booking.carriageValue,
      shippingCost: booking.shippingCost,
      pieces,
      bookedAt: booking.bookedAt,
    };
    draft.booking = keptCopy(boxed);
  },
);
