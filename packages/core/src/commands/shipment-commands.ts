import * as t from 'io-ts';
import { CalendarId, PositiveInteger } from '../calendar/index.js';
import { NonEmptyText, PartyId } from '../ids.js';
import { Money } from '../money/index.js';
import { PolicyRef } from '../policy/policy.js';
import { Instant } from '../time/instant.js';
import { CountryCode } from '../vocabulary/country-code.js';
import { ValueBasis } from '../vocabulary/reasons.js';
import { command } from './envelope.js';

export const BookParcel = command('BookParcel', {
  sellerId: PartyId,
  forwarderId: PartyId,
  origin: CountryCode,
  destination: CountryCode,
  contents: NonEmptyText,
  weightGrams: PositiveInteger,
  declaredValue: Money,
  shippingCost: Money,
});

export const PurchaseInsurance = command('PurchaseInsurance', {
  insurerId: PartyId,
  policy: PolicyRef,
  insuredValue: Money,
  valueBasis: ValueBasis,
  coversShippingCost: t.boolean,
  premium: Money,
  payerCalendar: CalendarId,
});

export const RecordPickup = command('RecordPickup', {});
export const RecordHubArrival = command('RecordHubArrival', { hubId: PartyId });
export const ShipParcel = command('ShipParcel', { hubId: PartyId, cargoReference: NonEmptyText });
export const HandOverToCarrier = command('HandOverToCarrier', {
  carrierId: PartyId,
  trackingNumber: NonEmptyText,
  airBoxNumber: NonEmptyText,
  customsBoxNumber: NonEmptyText,
});
export const RecordTrackingUpdate = command('RecordTrackingUpdate', {
  scannedAt: Instant,
  location: NonEmptyText,
  description: NonEmptyText,
});
export const RecordDelivery = command('RecordDelivery', {});
