import { PositiveInteger } from '../calendar/index.js';
import { keptCopy, setShipment } from '../decider/parcel-draft.js';
import type { Booking } from '../decider/state.js';
import { NonEmptyText, ParcelId, PartyId } from '../ids.js';
import { Money } from '../money/index.js';
import { CountryCode } from '../vocabulary/country-code.js';
import { defineEvent } from './define-event.js';

/** The forwarder accepted the parcel for carriage: who sends it, where, what, and at what value. */
export const parcelBooked = defineEvent(
  'ParcelBooked',
  {
    parcelId: ParcelId,
    sellerId: PartyId,
    forwarderId: PartyId,
    origin: CountryCode,
    destination: CountryCode,
    contents: NonEmptyText,
    weightGrams: PositiveInteger,
    declaredValue: Money,
    shippingCost: Money,
  },
  (draft, data) => {
    draft.parcelId = data.parcelId;
    const booking: Booking = {
      sellerId: data.sellerId,
      forwarderId: data.forwarderId,
      origin: data.origin,
      destination: data.destination,
      contents: data.contents,
      weightGrams: data.weightGrams,
      declaredValue: data.declaredValue,
      shippingCost: data.shippingCost,
      bookedAt: data.at,
    };
    draft.booking = keptCopy(booking);
    setShipment(draft, {
      stage: 'booked',
      shippedAt: null,
      carrierId: null,
      lastMovementAt: null,
      deliveredAt: null,
    });
  },
);
