import type { Deadline } from '../calendar/deadline.js';
import type { ClaimEvent } from '../events/claim-event.js';
import { isAfter } from '../time/instant.js';
import type { DocumentType } from '../vocabulary/document-type.js';
import {
  type ClaimDraft,
  claimToChange,
  documentsToChange,
  draftOf,
  openNewClaim,
  type ParcelDraft,
  setShipment,
  shipmentToChange,
  stamp,
  stateOf,
} from './parcel-draft.js';
import type { Booking, Coverage, DocumentSlot, DocumentStatus, ParcelState, ShipmentStage } from './state.js';

// A history is folded into one private draft that is changed in place and handed out as a state
// once, instead of building a new state, shipment and claim for every event: folding is
// dominated by building objects. Every object a draft changes is a copy it made itself, so the
// state folded from and the events are never changed, and no caller sees a state change.
//
// The parts a state keeps for as long as the parcel lives (the booking, the coverage, the
// document slots, and the command trail in parcel-draft.ts) are written as a literal and kept as
// a copy of it (`{ ...literal }`, the same hidden class). Once V8 has seen many objects of one
// literal survive, as they do wherever states are kept (a service's cache of folded states, the
// generation of test histories), it allocates every later object of that literal in the old
// generation. A replay would then hold the young event data it just parsed from old objects
// that die at once, and every young collection would copy that data out. A copy made by spreading
// has no allocation site of its own to be so marked, and starts young like the rest.

type Provision = Pick<DocumentSlot, 'providedBy' | 'reference' | 'contentHash' | 'providedAt'>;

const slotWith = (
  d: DocumentSlot,
  status: DocumentStatus,
  due: Deadline,
  provision: Provision,
): DocumentSlot => {
  const slot: DocumentSlot = {
    documentType: d.documentType,
    owedBy: d.owedBy,
    due,
    status,
    providedBy: provision.providedBy,
    reference: provision.reference,
    contentHash: provision.contentHash,
    providedAt: provision.providedAt,
  };
  return { ...slot };
};

/** The claim to change, with the slot of every document of the given type replaced. */
const changeSlots = (
  draft: ParcelDraft,
  documentType: DocumentType,
  change: (slot: DocumentSlot) => DocumentSlot,
): ClaimDraft | null => {
  const claim = claimToChange(draft);
  if (claim === null) return null;
  const documents = documentsToChange(draft, claim);
  for (let index = 0; index < documents.length; index += 1) {
    const slot = documents[index];
    if (slot !== undefined && slot.documentType === documentType) documents[index] = change(slot);
  }
  return claim;
};

const attach = (draft: ParcelDraft, documentType: DocumentType, provision: Provision): void => {
  changeSlots(draft, documentType, (d) => slotWith(d, 'attached', d.due, provision));
};

const moveTo = (draft: ParcelDraft, stage: ShipmentStage): void => {
  const shipment = shipmentToChange(draft);
  if (shipment !== null) shipment.stage = stage;
};

/** Applies one event to a draft. Total: it never throws and never recomputes a stored deadline. */
const apply = (draft: ParcelDraft, event: ClaimEvent): void => {
  // Each case reads its event's stamp itself: one read of `at` shared by all 21 event shapes
  // would be a megamorphic property load, the slowest kind, on every event.
  switch (event.type) {
    case 'ParcelBooked': {
      const data = event.data;
      stamp(draft, data.at, data.commandId);
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
      draft.booking = { ...booking };
      setShipment(draft, {
        stage: 'booked',
        shippedAt: null,
        carrierId: null,
        lastMovementAt: null,
        deliveredAt: null,
      });
      return;
    }
    case 'InsurancePurchased': {
      const data = event.data;
      stamp(draft, data.at, data.commandId);
      const coverage: Coverage = {
        insurerId: data.insurerId,
        policy: data.policy,
        insuredValue: data.insuredValue,
        valueBasis: data.valueBasis,
        coversShippingCost: data.coversShippingCost,
        premium: data.premium,
        deductible: data.deductible,
        payerCalendar: data.payerCalendar,
        purchasedAt: data.at,
      };
      draft.coverage = { ...coverage };
      return;
    }
    case 'ParcelPickedUp': {
      const data = event.data;
      stamp(draft, data.at, data.commandId);
      moveTo(draft, 'picked-up');
      return;
    }
    case 'ParcelReceivedAtHub': {
      const data = event.data;
      stamp(draft, data.at, data.commandId);
      moveTo(draft, 'at-hub');
      return;
    }
    case 'ParcelShipped': {
      const data = event.data;
      stamp(draft, data.at, data.commandId);
      const shipment = shipmentToChange(draft);
      if (shipment === null) return;
      shipment.stage = 'shipped';
      shipment.shippedAt = data.at;
      shipment.lastMovementAt = data.at;
      return;
    }
    case 'ParcelHandedToCarrier': {
      const data = event.data;
      stamp(draft, data.at, data.commandId);
      const shipment = shipmentToChange(draft);
      if (shipment === null) return;
      shipment.stage = 'with-carrier';
      shipment.carrierId = data.carrierId;
      shipment.lastMovementAt = data.at;
      return;
    }
    case 'TrackingUpdated': {
      const data = event.data;
      stamp(draft, data.at, data.commandId);
      const last = draft.shipment === null ? null : draft.shipment.lastMovementAt;
      const scannedAt = data.scannedAt;
      if (last !== null && !isAfter(scannedAt, last)) return;
      const shipment = shipmentToChange(draft);
      if (shipment !== null) shipment.lastMovementAt = scannedAt;
      return;
    }
    case 'ParcelDelivered': {
      const data = event.data;
      stamp(draft, data.at, data.commandId);
      const shipment = shipmentToChange(draft);
      if (shipment === null) return;
      shipment.stage = 'delivered';
      shipment.deliveredAt = data.at;
      return;
    }
    case 'InquiryOpened': {
      const data = event.data;
      stamp(draft, data.at, data.commandId);
      const documents: DocumentSlot[] = [];
      for (const d of data.requiredDocuments) {
        const slot: DocumentSlot = {
          documentType: d.documentType,
          owedBy: d.owedBy,
          due: d.due,
          status: 'missing',
          providedBy: null,
          reference: null,
          contentHash: null,
          providedAt: null,
        };
        documents.push({ ...slot });
      }
      openNewClaim(
        draft,
        {
          claimId: data.claimId,
          claimType: data.claimType,
          policy: data.policy,
          openedAt: data.at,
          status: 'gathering-documents',
          documents,
          decisionDue: null,
          decisionOverdue: false,
          acceptance: null,
          payoutOverdue: false,
          payment: null,
          closure: null,
        },
        documents,
      );
      return;
    }
    case 'DocumentAttached': {
      const data = event.data;
      stamp(draft, data.at, data.commandId);
      attach(draft, data.documentType, {
        providedBy: data.providedBy,
        reference: data.reference,
        contentHash: data.contentHash,
        providedAt: data.at,
      });
      return;
    }
    case 'LossConfirmed': {
      const data = event.data;
      stamp(draft, data.at, data.commandId);
      attach(draft, 'loss-confirmation', {
        providedBy: data.providedBy,
        reference: data.reference,
        contentHash: data.contentHash,
        providedAt: data.at,
      });
      return;
    }
    case 'DocumentRejected': {
      const data = event.data;
      stamp(draft, data.at, data.commandId);
      const due = data.due;
      const claim = changeSlots(draft, data.documentType, (d) => slotWith(d, 'rejected', due, d));
      if (claim === null) return;
      claim.status = 'gathering-documents';
      claim.decisionDue = null;
      claim.decisionOverdue = false;
      return;
    }
    case 'DocumentDeadlineExtended': {
      const data = event.data;
      stamp(draft, data.at, data.commandId);
      const due = data.due;
      changeSlots(draft, data.documentType, (d) => slotWith(d, d.status, due, d));
      return;
    }
    case 'ClaimSubmitted': {
      const data = event.data;
      stamp(draft, data.at, data.commandId);
      const claim = claimToChange(draft);
      if (claim === null) return;
      claim.status = 'submitted';
      claim.decisionDue = data.decisionDue;
      return;
    }
    case 'ClaimAccepted': {
      const data = event.data;
      stamp(draft, data.at, data.commandId);
      const claim = claimToChange(draft);
      if (claim === null) return;
      claim.status = 'accepted';
      claim.acceptance = {
        approvedAmount: data.approvedAmount,
        breakdown: data.breakdown,
        payoutDue: data.payoutDue,
        acceptedAt: data.at,
      };
      return;
    }
    case 'ClaimRejected': {
      const data = event.data;
      stamp(draft, data.at, data.commandId);
      const claim = claimToChange(draft);
      if (claim === null) return;
      claim.status = 'rejected';
      claim.closure = { status: 'rejected', at: data.at, reason: data.reason };
      return;
    }
    case 'ClaimPaid': {
      const data = event.data;
      stamp(draft, data.at, data.commandId);
      const claim = claimToChange(draft);
      if (claim === null) return;
      claim.status = 'paid';
      claim.payment = { amount: data.amount, paymentReference: data.paymentReference, paidAt: data.at };
      claim.closure = { status: 'paid', at: data.at };
      return;
    }
    case 'PayoutOverdue': {
      const data = event.data;
      stamp(draft, data.at, data.commandId);
      const claim = claimToChange(draft);
      if (claim !== null) claim.payoutOverdue = true;
      return;
    }
    case 'DecisionOverdue': {
      const data = event.data;
      stamp(draft, data.at, data.commandId);
      const claim = claimToChange(draft);
      if (claim !== null) claim.decisionOverdue = true;
      return;
    }
    case 'ClaimLapsed': {
      const data = event.data;
      stamp(draft, data.at, data.commandId);
      const claim = claimToChange(draft);
      if (claim === null) return;
      const missing: DocumentType[] = [];
      for (const d of data.missingDocuments) missing.push(d.documentType);
      claim.status = 'lapsed';
      claim.closure = { status: 'lapsed', at: data.at, missing };
      return;
    }
    case 'ClaimWithdrawn': {
      const data = event.data;
      stamp(draft, data.at, data.commandId);
      const claim = claimToChange(draft);
      if (claim === null) return;
      claim.status = 'withdrawn';
      claim.closure = { status: 'withdrawn', at: data.at, reason: data.reason };
      return;
    }
  }
};

/**
 * Folds a history into the parcel state, leaving `state` and the events unchanged. Total: it
 * never throws and never recomputes a stored deadline, so replaying a history gives the same
 * state every time (rule R1).
 */
export const fold = (state: ParcelState, events: readonly ClaimEvent[]): ParcelState => {
  if (events.length === 0) return state;
  const draft = draftOf(state);
  for (const event of events) apply(draft, event);
  return stateOf(draft);
};

/** Folds one event into the parcel state: a new state, `state` unchanged. */
export const evolve = (state: ParcelState, event: ClaimEvent): ParcelState => {
  const draft = draftOf(state);
  apply(draft, event);
  return stateOf(draft);
};
