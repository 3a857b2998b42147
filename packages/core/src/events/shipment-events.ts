import * as t from 'io-ts';
import { CalendarRef, PositiveInteger } from '../calendar/index.js';
import { closed } from '../codec/closed.js';
import { CommandId, NonEmptyText, ParcelId, PartyId } from '../ids.js';
import { Money } from '../money/index.js';
import { PolicyRef } from '../policy/policy.js';
import { Instant } from '../time/instant.js';
import { CountryCode } from '../vocabulary/country-code.js';
import { ValueBasis } from '../vocabulary/reasons.js';

/** Fields every event carries: when it happened (the command's `now`) and the command that caused it. */
const stamp = { at: Instant, commandId: CommandId };

export const ParcelBooked = closed({
  type: t.literal('ParcelBooked'),
  data: closed({
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
export const InsurancePurchased = closed({
  type: t.literal('InsurancePurchased'),
  data: closed({
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

export const ParcelPickedUp = closed({ type: t.literal('ParcelPickedUp'), data: closed({ ...stamp }) });

export const ParcelReceivedAtHub = closed({
  type: t.literal('ParcelReceivedAtHub'),
  data: closed({ ...stamp, hubId: PartyId }),
});

/** The outbound record: the parcel left the processing centre; dispatch time is `at`. */
export const ParcelShipped = closed({
  type: t.literal('ParcelShipped'),
  data: closed({ ...stamp, hubId: PartyId, cargoReference: NonEmptyText }),
});

/** Proof of handover: the international carrier scanned and took custody. */
export const ParcelHandedToCarrier = closed({
  type: t.literal('ParcelHandedToCarrier'),
  data: closed({
    ...stamp,
    carrierId: PartyId,
    trackingNumber: NonEmptyText,
    airBoxNumber: NonEmptyText,
    customsBoxNumber: NonEmptyText,
  }),
});

/** A tracking scan; `scannedAt` is the carrier's time, `at` when it was recorded. */
export const TrackingUpdated = closed({
  type: t.literal('TrackingUpdated'),
  data: closed({ ...stamp, scannedAt: Instant, location: NonEmptyText, description: NonEmptyText }),
});

export const ParcelDelivered = closed({ type: t.literal('ParcelDelivered'), data: closed({ ...stamp }) });
