import * as E from 'fp-ts/lib/Either.js';
import { because, type Rejection } from '../decider/rejection.js';
import type { Booking, ParcelState, Shipment, ShipmentStage } from '../decider/state.js';
import { type Instant, isAfter } from '../time/instant.js';
import { rule } from './rule.js';

/** The commands that record the parcel's movement before delivery. */
export type ShipmentCommand =
  | 'RecordPickup'
  | 'RecordHubArrival'
  | 'ShipParcel'
  | 'HandOverToCarrier'
  | 'RecordTrackingUpdate';

/** The stages each shipment fact may follow; a seller may also bring the parcel to the hub. */
const allowedStages: { readonly [C in ShipmentCommand]: readonly ShipmentStage[] } = {
  RecordPickup: ['booked'],
  RecordHubArrival: ['booked', 'picked-up'],
  ShipParcel: ['at-hub'],
  HandOverToCarrier: ['shipped'],
  RecordTrackingUpdate: ['shipped', 'with-carrier'],
};

/** A booked parcel: what every command but BookParcel works on. */
export interface BookedParcel {
  readonly booking: Booking;
  readonly shipment: Shipment;
}

/** L1: every command but BookParcel needs a booked parcel. */
export const bookedParcel = (state: ParcelState, command: string): E.Either<Rejection, BookedParcel> =>
  state.booking === null || state.shipment === null
    ? E.left({
        code: 'ParcelNotBooked',
        rule: 'L1',
        command,
        message: because('L1', `${command} needs a booked parcel; this stream has none`),
      })
    : E.right({ booking: state.booking, shipment: state.shipment });

/** L1: a parcel is booked once. */
export const notYetBooked = rule('L1', 'not yet booked', ({ state }: { state: ParcelState }) =>
  state.booking !== null
    ? {
        code: 'ParcelAlreadyBooked',
        rule: 'L1',
        bookedAt: state.booking.bookedAt,
        message: because('L1', `the parcel was already booked at ${state.booking.bookedAt}`),
      }
    : undefined,
);

/** L1: shipment facts arrive in the order pickup, hub, dispatch, handover, tracking. */
export const shipmentInOrder = rule(
  'L1',
  'shipment in order',
  ({ shipment, command }: { shipment: Shipment; command: { type: ShipmentCommand } }) =>
    outOfOrder(shipment, command.type),
);

const outOfOrder = (shipment: Shipment, command: ShipmentCommand): Rejection | undefined => {
  const allowed = allowedStages[command];
  return allowed.includes(shipment.stage)
    ? undefined
    : {
        code: 'ShipmentOutOfOrder',
        rule: 'L1',
        command,
        stage: shipment.stage,
        allowedStages: allowed,
        message: because(
          'L1',
          `${command} is not possible at stage ${shipment.stage}; allowed at: ${allowed.join(', ')}`,
        ),
      };
};

/** L1: a delivery is recorded once, for a parcel that was dispatched. */
export const deliverable = rule('L1', 'deliverable', ({ shipment }: { shipment: Shipment }) =>
  undeliverable(shipment),
);

const undeliverable = (shipment: Shipment): Rejection | undefined => {
  if (shipment.deliveredAt !== null)
    return {
      code: 'ParcelAlreadyDelivered',
      rule: 'L1',
      deliveredAt: shipment.deliveredAt,
      message: because('L1', `the parcel was already delivered at ${shipment.deliveredAt}`),
    };
  if (shipment.shippedAt === null)
    return {
      code: 'ShipmentOutOfOrder',
      rule: 'L1',
      command: 'RecordDelivery',
      stage: shipment.stage,
      allowedStages: ['shipped', 'with-carrier'],
      message: because(
        'L1',
        `RecordDelivery is not possible at stage ${shipment.stage}; allowed at: shipped, with-carrier`,
      ),
    };
  return undefined;
};

/** L1: a carrier scan cannot be later than the moment it is recorded. */
export const scanNotInFuture = rule(
  'L1',
  'scan not in the future',
  ({ command }: { command: { data: { scannedAt: Instant; now: Instant } } }) =>
    scanAfter(command.data.scannedAt, command.data.now),
);

const scanAfter = (scannedAt: Instant, now: Instant): Rejection | undefined =>
  isAfter(scannedAt, now)
    ? {
        code: 'TrackingScanInFuture',
        rule: 'L1',
        scannedAt,
        now,
        message: because('L1', `the scan time ${scannedAt} is after the recording time ${now}`),
      }
    : undefined;
