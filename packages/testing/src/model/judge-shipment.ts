import type { CommandOf } from './model-command.js';
import { inCurrency } from './money.js';
import { type ClaimModel, foundByDelivery, openClaimOf, type ParcelModel } from './parcel-model.js';
import { shanghaiDay } from './time.js';
import { accepted, rejected, type Verdict } from './verdict.js';
import { type Stage, showAmount } from './vocabulary.js';

/** A list of pieces names at least one, each once, each a booked piece; why not, or null. */
export const badPieceList = (parcel: ParcelModel, pieceIds: readonly string[]): string | null => {
  if (pieceIds.length === 0) return 'names no piece';
  if (new Set(pieceIds).size !== pieceIds.length) return `names a piece twice: ${pieceIds.join(', ')}`;
  const booked = parcel.booking?.pieces.map((p) => p.pieceId) ?? [];
  const unknown = pieceIds.find((id) => !booked.includes(id));
  return unknown === undefined ? null : `${unknown} is not a piece of the parcel`;
};

/** The open loss claim a delivery of these pieces ends: one holding a delivered piece. */
export const endedByDelivery = (parcel: ParcelModel, pieceIds: readonly string[]): ClaimModel | null => {
  const open = openClaimOf(parcel);
  return open !== null && open.claimType === 'loss' && open.pieceIds.some((id) => pieceIds.includes(id))
    ? open
    : null;
};

type ShipmentCommand = CommandOf<
  | 'BookParcel'
  | 'PurchaseInsurance'
  | 'RecordPickup'
  | 'RecordHubArrival'
  | 'ShipParcel'
  | 'HandOverToCarrier'
  | 'RecordTrackingUpdate'
  | 'RecordDelivery'
>;

const atStage = (parcel: ParcelModel, allowed: readonly Stage[], verdict: Verdict): Verdict =>
  allowed.includes(parcel.stage)
    ? verdict
    : rejected(`the parcel is ${parcel.stage}; this needs ${allowed.join(' or ')}`);

/** Booking, insurance and the shipment's facts, in the order a parcel travels. */
export const judgeShipment = (parcel: ParcelModel, c: ShipmentCommand): Verdict => {
  if (c.type === 'BookParcel') {
    if (parcel.booking !== null) return rejected('already booked');
    if (c.declared.minorUnits <= 0) return rejected('declared value is not positive');
    const total = c.pieces.reduce((sum, value) => sum + value, 0);
    if (total !== c.declared.minorUnits)
      return rejected(`pieces sum to ${total}, declared ${showAmount(c.declared)}`);
    return accepted('ParcelBooked');
  }
  if (parcel.booking === null) return rejected('not booked');
  switch (c.type) {
    case 'PurchaseInsurance': {
      const declared = parcel.booking.declared;
      if (parcel.coverage !== null) return rejected('already insured');
      if (parcel.shippedAt !== null) return rejected('insurance after dispatch');
      const shipping = parcel.booking.shipping;
      if (c.insured.minorUnits <= 0 || c.premium.minorUnits <= 0) return rejected('amount not positive');
      // Values in another currency than the coverage's are converted at a rate of the purchase day.
      const day = shanghaiDay(c.now);
      const goods = inCurrency(declared, c.insured.currency, c.rates, day);
      if (typeof goods === 'string') return rejected(`goods value not converted: ${goods}`);
      const covered = c.coversShipping
        ? inCurrency(shipping, c.insured.currency, c.rates, day)
        : { ...shipping, minorUnits: 0 };
      if (typeof covered === 'string') return rejected(`covered shipping not converted: ${covered}`);
      const bound = goods.minorUnits + covered.minorUnits;
      if (c.insured.minorUnits > bound)
        return rejected(
          `insured ${showAmount(c.insured)} above the goods value and covered shipping (${bound})`,
        );
      return accepted('InsurancePurchased');
    }
    case 'RecordPickup':
      return atStage(parcel, ['booked'], accepted('ParcelPickedUp'));
    case 'RecordHubArrival':
      return atStage(parcel, ['booked', 'picked-up'], accepted('ParcelReceivedAtHub'));
    case 'ShipParcel':
      return atStage(parcel, ['at-hub'], accepted('ParcelShipped'));
    case 'HandOverToCarrier':
      return atStage(parcel, ['shipped'], accepted('ParcelHandedToCarrier'));
    case 'RecordTrackingUpdate':
      if (c.scannedAt > c.now) return rejected('scan later than its recording');
      return atStage(parcel, ['shipped', 'with-carrier'], accepted('TrackingUpdated'));
    case 'RecordDelivery': {
      if (parcel.deliveredAt !== null) return rejected('already delivered');
      if (parcel.shippedAt === null) return rejected('never shipped');
      const bad = badPieceList(parcel, c.pieceIds);
      if (bad !== null) return rejected(bad);
      // Pieces a paid claim held as lost, delivered after all, are found after payout (N4).
      if (foundByDelivery(parcel, c.pieceIds) !== null)
        return accepted('ParcelDelivered', 'ParcelFoundAfterPayout');
      // A delivered piece cannot be lost: an open loss claim holding one ends with the delivery.
      return endedByDelivery(parcel, c.pieceIds) !== null
        ? accepted('ParcelDelivered', 'ClaimWithdrawn')
        : accepted('ParcelDelivered');
    }
  }
};
