import type { CommandOf } from './model-command.js';
import { openClaimOf, type ParcelModel, paidLossClaimOf } from './parcel-model.js';
import { accepted, rejected, type Verdict } from './verdict.js';
import type { Stage } from './vocabulary.js';

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
      // The model sends no rates: a value in another currency than the coverage cannot be converted.
      if (c.insured.currency !== declared.currency)
        return rejected('goods value in another currency, no rate');
      if (c.coversShipping && shipping.currency !== c.insured.currency)
        return rejected('covered shipping in another currency, no rate');
      const bound = declared.minorUnits + (c.coversShipping ? shipping.minorUnits : 0);
      if (c.insured.minorUnits > bound) return rejected('insured above the goods value and covered shipping');
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
    case 'RecordDelivery':
      if (parcel.deliveredAt !== null) return rejected('already delivered');
      if (parcel.shippedAt === null) return rejected('never shipped');
      // A delivered parcel cannot be lost: an open loss claim ends with it.
      if (openClaimOf(parcel)?.claimType === 'loss') return accepted('ParcelDelivered', 'ClaimWithdrawn');
      // A paid loss claim's parcel delivered after all is found after payout.
      return paidLossClaimOf(parcel) !== null
        ? accepted('ParcelDelivered', 'ParcelFoundAfterPayout')
        : accepted('ParcelDelivered');
  }
};
