import {
  type ClaimEvent,
  type ClaimEventType,
  fold,
  initialState,
  type PartyRole,
} from '@parcel-claims/core';
import { collect } from './collect.js';
import type { Invariant } from './invariant.js';
import { delegateKey, type ParcelView } from './view.js';

const replayedTwice = (events: readonly ClaimEvent[]): string | undefined => {
  try {
    const first = JSON.stringify(fold(initialState, events));
    const second = JSON.stringify(fold(initialState, JSON.parse(JSON.stringify(events))));
    return first === second ? undefined : 'replaying the history from its JSON gives a different state';
  } catch (error) {
    return `replaying the history throws: ${error instanceof Error ? error.message : String(error)}`;
  }
};

/** R1: replaying gives the same state every time, also from the stored JSON, and never throws. */
export const r1DeterministicReplay: Invariant = {
  rule: 'R1',
  statement: 'replaying a history gives the same state every time and folds without error',
  check: (history) => {
    const problem = replayedTwice(history.map((e) => e.event));
    return problem === undefined ? [] : [{ rule: 'R1', index: -1, event: null, message: problem }];
  },
};

/** R2: event times never go backwards. */
export const r2TimeMovesForward: Invariant = {
  rule: 'R2',
  statement: 'time never runs backwards within a stream',
  check: collect('R2', (event, before) =>
    before.lastAt !== null && Date.parse(event.data.at) < Date.parse(before.lastAt)
      ? `${event.type} at ${event.data.at} is before the previous event at ${before.lastAt}`
      : undefined,
  ),
};

/** S1: a stream starts with the parcel's booking and is booked once. */
export const s1OneParcel: Invariant = {
  rule: 'S1',
  statement: 'a stream holds one parcel: it starts with ParcelBooked, booked once',
  check: collect('S1', (event, before) => {
    if (event.type === 'ParcelBooked' && before.booking !== null) return 'the parcel is booked a second time';
    if (event.type !== 'ParcelBooked' && before.booking === null)
      return `${event.type} before the parcel was booked`;
    return undefined;
  }),
};

/** L1: shipment facts in order. */
export const l1ShipmentLifecycle: Invariant = {
  rule: 'L1',
  statement: 'pickup, hub arrival, dispatch, handover, tracking and delivery happen in order, each once',
  check: collect('L1', (event, before) => {
    switch (event.type) {
      case 'ParcelPickedUp':
        return before.pickedUp || before.atHub ? 'picked up again, or after reaching the hub' : undefined;
      case 'ParcelReceivedAtHub':
        return before.atHub ? 'received at the hub twice' : undefined;
      case 'ParcelShipped':
        return !before.atHub || before.shippedAt !== null
          ? 'dispatched without reaching the hub, or twice'
          : undefined;
      case 'ParcelHandedToCarrier':
        return before.shippedAt === null || before.handedOver
          ? 'handed over before dispatch, or twice'
          : undefined;
      case 'TrackingUpdated':
        if (before.shippedAt === null || before.deliveredAt !== null)
          return 'a scan before dispatch or after delivery';
        return Date.parse(event.data.scannedAt) > Date.parse(event.data.at)
          ? `scanned at ${event.data.scannedAt}, after it was recorded at ${event.data.at}`
          : undefined;
      case 'ParcelDelivered':
        return before.shippedAt === null || before.deliveredAt !== null
          ? 'delivered before dispatch, or twice'
          : undefined;
      // Not a shipment fact: every type is listed, so a new one must say whether it is one.
      case 'ParcelBooked':
      case 'InsurancePurchased':
      case 'InquiryOpened':
      case 'DocumentAttached':
      case 'DocumentRejected':
      case 'DocumentDeadlineExtended':
      case 'LossConfirmed':
      case 'ClaimSubmitted':
      case 'InformationRequested':
      case 'InformationProvided':
      case 'ClaimAccepted':
      case 'ClaimRejected':
      case 'ClaimReopened':
      case 'ClaimPaid':
      case 'PayoutOverdue':
      case 'DecisionOverdue':
      case 'ClaimLapsed':
      case 'ClaimWithdrawn':
      case 'DelegationGranted':
      case 'DelegationRevoked':
      case 'CarrierNotified':
      case 'CarrierNoticeMissed':
      case 'CarrierLiabilityAssessed':
      case 'RecoveryFiled':
      case 'RecoveryReceived':
      case 'RecoveryClosed':
      case 'ParcelFoundAfterPayout':
      case 'ClaimRepaid':
      case 'GoodsSurrendered':
      case 'SalvageElectionOverdue':
        return undefined;
    }
    // Every type returned above; an event type without a case fails to compile here, by name.
    const unhandled: never = event;
    return unhandled;
  }),
};

const rolesFor: { readonly [T in ClaimEventType]: readonly PartyRole[] } = {
  ParcelBooked: ['seller', 'forwarder'],
  InsurancePurchased: ['seller', 'forwarder'],
  ParcelPickedUp: ['forwarder'],
  ParcelReceivedAtHub: ['forwarder'],
  ParcelShipped: ['forwarder'],
  ParcelHandedToCarrier: ['forwarder'],
  TrackingUpdated: ['forwarder', 'carrier'],
  ParcelDelivered: ['forwarder', 'carrier'],
  InquiryOpened: ['seller', 'forwarder'],
  DocumentAttached: ['seller', 'forwarder', 'carrier'],
  DocumentRejected: ['insurer'],
  DocumentDeadlineExtended: ['insurer'],
  LossConfirmed: ['carrier', 'forwarder'],
  ClaimSubmitted: ['seller', 'forwarder'],
  InformationRequested: ['insurer'],
  InformationProvided: ['seller', 'forwarder', 'carrier'],
  ClaimAccepted: ['insurer'],
  ClaimRejected: ['insurer'],
  ClaimReopened: ['seller', 'forwarder'],
  ClaimPaid: ['insurer'],
  PayoutOverdue: ['system', 'insurer', 'forwarder'],
  DecisionOverdue: ['system', 'insurer', 'forwarder'],
  ClaimLapsed: ['system', 'insurer', 'forwarder'],
  // Withdrawn by the seller or forwarder, or by a delivery the carrier recorded.
  ClaimWithdrawn: ['seller', 'forwarder', 'carrier'],
  DelegationGranted: ['seller', 'forwarder', 'carrier', 'insurer'],
  DelegationRevoked: ['seller', 'forwarder', 'carrier', 'insurer'],
  CarrierNotified: ['insurer'],
  CarrierNoticeMissed: ['system', 'insurer', 'forwarder'],
  CarrierLiabilityAssessed: ['insurer'],
  RecoveryFiled: ['insurer'],
  RecoveryReceived: ['insurer'],
  RecoveryClosed: ['insurer'],
  // Found by a delivery the forwarder or the carrier recorded.
  ParcelFoundAfterPayout: ['forwarder', 'carrier'],
  ClaimRepaid: ['seller'],
  GoodsSurrendered: ['seller'],
  SalvageElectionOverdue: ['system', 'insurer', 'forwarder'],
};

/** P1: every event was caused by a role allowed to (checked where the history carries actors). */
export const p1PermittedActor: Invariant = {
  rule: 'P1',
  statement: 'each event was caused by a role permitted to issue its command',
  check: collect('P1', (event, _before, entry) => {
    const role = entry.actor?.role;
    if (role === undefined) return undefined;
    return rolesFor[event.type].some((r) => r === role) ? undefined : `${event.type} caused by a ${role}`;
  }),
};

/** The parcel's party in a role before `event`: a booking names its own seller and forwarder. */
const partyBefore = (view: ParcelView, event: ClaimEvent, role: string): string | null => {
  const booking = event.type === 'ParcelBooked' ? event.data : view.booking;
  switch (role) {
    case 'seller':
      return booking?.sellerId ?? null;
    case 'forwarder':
      return booking?.forwarderId ?? null;
    case 'insurer':
      return view.coverage?.insurerId ?? null;
    case 'carrier':
      return view.carrierId;
    default:
      return null;
  }
};

/**
 * P2: every event was caused by the parcel's own party for the actor's role, or by a party it let
 * act in that role (checked where the history carries actors; the deadline clock is no party);
 * every loss confirmed names the carrier that took the parcel.
 */
export const p2ParcelParty: Invariant = {
  rule: 'P2',
  statement: "each event was caused by the parcel's own party for its role or that party's delegate",
  check: collect('P2', (event, before, entry) => {
    const carrier =
      event.type === 'LossConfirmed' && event.data.carrierId !== before.carrierId
        ? `loss confirmed for ${event.data.carrierId}; the parcel went to ${before.carrierId ?? 'no carrier'}`
        : undefined;
    const actor = entry.actor;
    if (actor === undefined || actor === null || actor.role === 'system') return carrier;
    const party = partyBefore(before, event, actor.role);
    const own = party === actor.id || before.delegates.has(delegateKey(actor.role, actor.id));
    return [
      carrier,
      own
        ? undefined
        : `${event.type} caused by ${actor.id} as ${actor.role}; the parcel's ${actor.role} is ${party ?? 'none'}`,
    ];
  }),
};
