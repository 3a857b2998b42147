import * as t from 'io-ts';
import type { CheckingDecoder } from '../codec/checking-decoder.js';
import {
  ClaimAccepted,
  ClaimLapsed,
  ClaimPaid,
  ClaimRejected,
  ClaimSubmitted,
  ClaimWithdrawn,
  DecisionOverdue,
  DocumentAttached,
  DocumentDeadlineExtended,
  DocumentRejected,
  InquiryOpened,
  LossConfirmed,
  PayoutOverdue,
} from './claim-events.js';
import {
  InsurancePurchased,
  ParcelBooked,
  ParcelDelivered,
  ParcelHandedToCarrier,
  ParcelPickedUp,
  ParcelReceivedAtHub,
  ParcelShipped,
  TrackingUpdated,
} from './shipment-events.js';

/** Every event of a parcel stream, as one io-ts codec: the source of the event types. */
export const ClaimEvent = t.union([
  ParcelBooked,
  InsurancePurchased,
  ParcelPickedUp,
  ParcelReceivedAtHub,
  ParcelShipped,
  ParcelHandedToCarrier,
  TrackingUpdated,
  ParcelDelivered,
  InquiryOpened,
  DocumentAttached,
  DocumentRejected,
  DocumentDeadlineExtended,
  LossConfirmed,
  ClaimSubmitted,
  ClaimAccepted,
  ClaimRejected,
  ClaimPaid,
  PayoutOverdue,
  DecisionOverdue,
  ClaimLapsed,
  ClaimWithdrawn,
]);
export type ClaimEvent = t.TypeOf<typeof ClaimEvent>;
export type ClaimEventType = ClaimEvent['type'];
/** The event of one type, e.g. `EventOf<'ClaimPaid'>`. */
export type EventOf<T extends ClaimEventType> = Extract<ClaimEvent, { type: T }>;

/** Every event type name, in the order of the union. */
export const claimEventTypes: readonly ClaimEventType[] = ClaimEvent.types.map(
  (codec) => codec.props.type.value,
);

/** The codec of each event type, for decoders that report errors against the one shape a `type` names. */
export const claimEventCodecs: ReadonlyMap<ClaimEventType, CheckingDecoder<ClaimEvent>> = new Map(
  ClaimEvent.types.map((codec) => [codec.props.type.value, codec] as const),
);
