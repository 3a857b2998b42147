import * as t from 'io-ts';
import { CalendarRef, PositiveInteger } from '../calendar/index.js';
import { CommandId, NonEmptyText, ParcelId, PartyId } from '../ids.js';
import { Money } from '../money/index.js';
import { PolicyRef } from '../policy/policy.js';
import { Instant } from '../time/instant.js';
import { CountryCode } from '../vocabulary/country-code.js';
import { ValueBasis } from '../vocabulary/reasons.js';

/** Fields every event carries: when it happened (the command's `now`) and the command that caused it. */
const stamp = { at: Instant, commandId: CommandId };

export const ParcelBooked = t.type({
  type: t.literal('ParcelBooked'),
  data: t.type({
    ...stamp,
    parcelId: ParcelId,
    sellerId: PartyId,
    forwarderId: PartyId,
    origin: CountryCode,
    destination: CountryCode,
    contents: NonEmptyText,
    weightGrams: PositiveInteger,
    declaredValue: Money,
    shippingCost: Money,
  }),
});

/** The coverage, with the policy version and payer calendar that govern every later claim. */
export const InsurancePurchased = t.type({
  type: t.literal('InsurancePurchased'),
  data: t.type({
    ...stamp,
    insurerId: PartyId,
    policy: PolicyRef,
    insuredValue: Money,
    valueBasis: ValueBasis,
    coversShippingCost: t.boolean,
    premium: Money,
    deductible: Money,
    payerCalendar: CalendarRef,
  }),
});

export const ParcelPickedUp = t.type({ type: t.literal('ParcelPickedUp'), data: t.type({ ...stamp }) });

export const ParcelReceivedAtHub = t.type({
  type: t.literal('ParcelReceivedAtHub'),
  data: t.type({ ...stamp, hubId: PartyId }),
});

/** The outbound record: the parcel left the processing centre; dispatch time is `at`. */
export const ParcelShipped = t.type({
  type: t.literal('ParcelShipped'),
  data: t.type({ ...stamp, hubId: PartyId, cargoReference: NonEmptyText }),
});

/** Proof of handover: the international carrier scanned and took custody. */
export const ParcelHandedToCarrier = t.type({
  type: t.literal('ParcelHandedToCarrier'),
  data: t.type({
    ...stamp,
    carrierId: PartyId,
    trackingNumber: NonEmptyText,
    airBoxNumber: NonEmptyText,
    customsBoxNumber: NonEmptyText,
  }),
});

/** A tracking scan; `scannedAt` is the carrier's time, `at` when it was recorded. */
export const TrackingUpdated = t.type({
  type: t.literal('TrackingUpdated'),
  data: t.type({ ...stamp, scannedAt: Instant, location: NonEmptyText, description: NonEmptyText }),
});

export const ParcelDelivered = t.type({ type: t.literal('ParcelDelivered'), data: t.type({ ...stamp }) });
