import type { ClaimEvent } from '../events/claim-event.js';
import type { CommandId } from '../ids.js';
import { isAfter } from '../time/instant.js';
import type { Claim, CommandTrail, DocumentSlot, ParcelState, Shipment } from './state.js';

const remember = (trail: CommandTrail, commandId: CommandId): CommandTrail =>
  trail !== null && trail.commandId === commandId ? trail : { commandId, previous: trail };

const updateShipment = (state: ParcelState, change: Partial<Shipment>): Shipment | null =>
  state.shipment === null ? null : { ...state.shipment, ...change };

const updateClaim = (state: ParcelState, change: (claim: Claim) => Claim): Claim | null =>
  state.claim === null ? null : change(state.claim);

const updateDocument = (
  claim: Claim,
  documentType: DocumentSlot['documentType'],
  change: Partial<DocumentSlot>,
): Claim => ({
  ...claim,
  documents: claim.documents.map((d) => (d.documentType === documentType ? { ...d, ...change } : d)),
});

/** The state change of one event, before the bookkeeping every event shares. */
const apply = (state: ParcelState, event: ClaimEvent): ParcelState => {
  switch (event.type) {
    case 'ParcelBooked': {
      const { at, commandId: _c, parcelId, ...booking } = event.data;
      return {
        ...state,
        parcelId,
        booking: { ...booking, bookedAt: at },
        shipment: {
          stage: 'booked',
          shippedAt: null,
          carrierId: null,
          lastMovementAt: null,
          deliveredAt: null,
        },
      };
    }
    case 'InsurancePurchased': {
      const { at, commandId: _c, ...coverage } = event.data;
      return { ...state, coverage: { ...coverage, purchasedAt: at } };
    }
    case 'ParcelPickedUp':
      return { ...state, shipment: updateShipment(state, { stage: 'picked-up' }) };
    case 'ParcelReceivedAtHub':
      return { ...state, shipment: updateShipment(state, { stage: 'at-hub' }) };
    case 'ParcelShipped':
      return {
        ...state,
        shipment: updateShipment(state, {
          stage: 'shipped',
          shippedAt: event.data.at,
          lastMovementAt: event.data.at,
        }),
      };
    case 'ParcelHandedToCarrier':
      return {
        ...state,
        shipment: updateShipment(state, {
          stage: 'with-carrier',
          carrierId: event.data.carrierId,
          lastMovementAt: event.data.at,
        }),
      };
    case 'TrackingUpdated': {
      const last = state.shipment?.lastMovementAt ?? null;
      const scannedAt = event.data.scannedAt;
      const moved = last === null || isAfter(scannedAt, last);
      return moved ? { ...state, shipment: updateShipment(state, { lastMovementAt: scannedAt }) } : state;
    }
    case 'ParcelDelivered':
      return {
        ...state,
        shipment: updateShipment(state, { stage: 'delivered', deliveredAt: event.data.at }),
      };
    case 'InquiryOpened': {
      const { claimId, claimType, policy, requiredDocuments, at } = event.data;
      const claim: Claim = {
        claimId,
        claimType,
        policy,
        openedAt: at,
        status: 'gathering-documents',
        documents: requiredDocuments.map((d) => ({
          ...d,
          status: 'missing',
          providedBy: null,
          reference: null,
          contentHash: null,
          providedAt: null,
        })),
        decisionDue: null,
        decisionOverdue: false,
        acceptance: null,
        payoutOverdue: false,
        payment: null,
        closure: null,
      };
      return {
        ...state,
        claim,
        earlierClaims: state.claim === null ? state.earlierClaims : [...state.earlierClaims, state.claim],
      };
    }
    case 'DocumentAttached':
    case 'LossConfirmed': {
      const { documentType, providedBy, reference, contentHash, at } =
        event.type === 'LossConfirmed'
          ? { ...event.data, documentType: 'loss-confirmation' as const }
          : event.data;
      return {
        ...state,
        claim: updateClaim(state, (c) =>
          updateDocument(c, documentType, {
            status: 'attached',
            providedBy,
            reference,
            contentHash,
            providedAt: at,
          }),
        ),
      };
    }
    case 'DocumentRejected':
      return {
        ...state,
        claim: updateClaim(state, (c) => ({
          ...updateDocument(c, event.data.documentType, { status: 'rejected', due: event.data.due }),
          status: 'gathering-documents',
          decisionDue: null,
          decisionOverdue: false,
        })),
      };
    case 'DocumentDeadlineExtended':
      return {
        ...state,
        claim: updateClaim(state, (c) => updateDocument(c, event.data.documentType, { due: event.data.due })),
      };
    case 'ClaimSubmitted':
      return {
        ...state,
        claim: updateClaim(state, (c) => ({
          ...c,
          status: 'submitted',
          decisionDue: event.data.decisionDue,
        })),
      };
    case 'ClaimAccepted': {
      const { approvedAmount, breakdown, payoutDue, at } = event.data;
      return {
        ...state,
        claim: updateClaim(state, (c) => ({
          ...c,
          status: 'accepted',
          acceptance: { approvedAmount, breakdown, payoutDue, acceptedAt: at },
        })),
      };
    }
    case 'ClaimRejected':
      return {
        ...state,
        claim: updateClaim(state, (c) => ({
          ...c,
          status: 'rejected',
          closure: { status: 'rejected', at: event.data.at, reason: event.data.reason },
        })),
      };
    case 'ClaimPaid': {
      const { amount, paymentReference, at } = event.data;
      return {
        ...state,
        claim: updateClaim(state, (c) => ({
          ...c,
          status: 'paid',
          payment: { amount, paymentReference, paidAt: at },
          closure: { status: 'paid', at },
        })),
      };
    }
    case 'PayoutOverdue':
      return { ...state, claim: updateClaim(state, (c) => ({ ...c, payoutOverdue: true })) };
    case 'DecisionOverdue':
      return { ...state, claim: updateClaim(state, (c) => ({ ...c, decisionOverdue: true })) };
    case 'ClaimLapsed':
      return {
        ...state,
        claim: updateClaim(state, (c) => ({
          ...c,
          status: 'lapsed',
          closure: {
            status: 'lapsed',
            at: event.data.at,
            missing: event.data.missingDocuments.map((d) => d.documentType),
          },
        })),
      };
    case 'ClaimWithdrawn':
      return {
        ...state,
        claim: updateClaim(state, (c) => ({
          ...c,
          status: 'withdrawn',
          closure: { status: 'withdrawn', at: event.data.at, reason: event.data.reason },
        })),
      };
  }
};

/**
 * Folds one event into the parcel state. Total: it never throws and never recomputes a stored
 * deadline, so replaying a history gives the same state every time (rule R1).
 */
export const evolve = (state: ParcelState, event: ClaimEvent): ParcelState => {
  const next = apply(state, event);
  return { ...next, lastEventAt: event.data.at, commands: remember(state.commands, event.data.commandId) };
};

/** Folds a history from the initial state. */
export const fold = (state: ParcelState, events: readonly ClaimEvent[]): ParcelState => {
  let current = state;
  for (const event of events) current = evolve(current, event);
  return current;
};
