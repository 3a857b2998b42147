import * as t from 'io-ts';
import { nullable } from '../codec/nullable.js';
import { keptCopy, setShipment } from '../decider/parcel-draft.js';
import type { Booking, Piece } from '../decider/state.js';
import { NonEmptyText, ParcelId, PartyId } from '../ids.js';
import { Money } from '../money/index.js';
import { CountryCode } from '../vocabulary/country-code.js';
import { RecordedValueBasis } from '../vocabulary/reasons.js';
import { defineEvent } from './define-event.js';
import { BookedPiece } from './parts.js';

const nullableMoney = nullable(Money);

/**
 * The forwarder accepted the parcel for carriage: who sends it, where, what, its values kept apart
 * (goods value on its basis, customs value, value declared for carriage, shipping cost) and its pieces.
 */
export const parcelBooked = defineEvent(
  'ParcelBooked',
  {
    parcelId: ParcelId,
    sellerId: PartyId,
    forwarderId: PartyId,
    origin: CountryCode,
    destination: CountryCode,
    contents: NonEmptyText,
    goodsValue: Money,
    valueBasis: RecordedValueBasis,
    customsValue: nullableMoney,
    carriageValue: nullableMoney,
    shippingCost: Money,
    pieces: t.array(BookedPiece),
  },
  (draft, data) => {
    draft.parcelId = data.parcelId;
    const pieces = data.pieces.map((booked) => {
      const piece: Piece = {
        pieceId: booked.pieceId,
        description: booked.description,
        goodsValue: booked.goodsValue,
        weightGrams: booked.weightGrams,
        airBoxNumber: null,
        customsBoxNumber: null,
      };
      return keptCopy(piece);
    });
    const booking: Booking = {
      sellerId: data.sellerId,
      forwarderId: data.forwarderId,
      origin: data.origin,
      destination: data.destination,
      contents: data.contents,
      goodsValue: data.goodsValue,
      valueBasis: data.valueBasis,
      customsValue: data.customsValue,
      carriageValue: data.carriageValue,
      shippingCost: data.shippingCost,
      pieces,
      bookedAt: data.at,
    };
    draft.booking = keptCopy(booking);
    setShipment(draft, {
      stage: 'booked',
      shippedAt: null,
      carrierId: null,
      lastMovementAt: null,
      deliveredAt: null,
      deliveredPieceIds: [],
    });
  },
);
