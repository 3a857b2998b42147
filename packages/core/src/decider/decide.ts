import * as E from 'fp-ts/lib/Either.js';
import type { ClaimCommand, CommandOf } from '../commands/claim-command.js';
import type { ClaimEvent } from '../events/claim-event.js';
import { bookingTerms, coverageTerms } from '../rules/c1-coverage-terms.js';
import { documentProvision, documentSlot, requiredDocuments } from '../rules/d1-document-provision.js';
import { extendedDue, rejectable, resubmissionDue } from '../rules/d2-document-deadlines.js';
import { claimInStatus, currentClaim, deliveryEndsLossClaim } from '../rules/k1-claim-lifecycle.js';
import { decisionDueDate, decisionNowOverdue } from '../rules/k1-decision-due-date.js';
import {
  bookedParcel,
  deliverable,
  notYetBooked,
  scanNotInFuture,
  shipmentInOrder,
} from '../rules/l1-shipment-lifecycle.js';
import { permittedActor } from '../rules/p1-permitted-actor.js';
import { timeMovesForward } from '../rules/r02-time-moves-forward.js';
import { claimableParcel, insuranceBeforeDispatch } from '../rules/r03-insured-before-dispatch.js';
import { inquiryWindow } from '../rules/r04-inquiry-window.js';
import { isRepeatedCommand, oneOpenClaim } from '../rules/r05-one-open-claim.js';
import { dossierComplete } from '../rules/r06-dossier-complete.js';
import { approvedWithinCap, payoutCap } from '../rules/r07-approved-amount-cap.js';
import { paidOnceExactly } from '../rules/r08-paid-once.js';
import { payoutDueDate, payoutNowOverdue } from '../rules/r09-payout-due-date.js';
import { documentsPastGrace } from '../rules/r10-lapse-for-missing-documents.js';
import { claimStillOpen } from '../rules/r11-terminal-states-absorb.js';
import { sameParcel } from '../rules/s1-one-parcel-per-stream.js';
import type { Rejection } from './rejection.js';
import type { Booking, Claim, ParcelState } from './state.js';
import { type ClaimTerms, type DeciderContext, termsOf } from './terms.js';

/** Events to append, or why nothing is appended. */
export type Decision = E.Either<Rejection, readonly ClaimEvent[]>;

const accept = (...events: ClaimEvent[]): Decision => E.right(events);

// Event data is written as one literal, stamp included: an object spread followed by more fields
// gives every object a hidden class of its own, and code reading such events (evolve, the
// store, projections) then goes through V8's slowest, megamorphic property loads.
const stamp = (command: ClaimCommand) => ({ at: command.data.now, commandId: command.data.commandId });

const shipmentFact = (
  state: ParcelState,
  command: CommandOf<'RecordPickup' | 'RecordHubArrival' | 'ShipParcel' | 'HandOverToCarrier'>,
): Decision => {
  const parcel = bookedParcel(state, command.type);
  if (E.isLeft(parcel)) return parcel;
  const outOfOrder = shipmentInOrder(parcel.right.shipment, command.type);
  if (outOfOrder !== undefined) return E.left(outOfOrder);
  switch (command.type) {
    case 'RecordPickup':
      return accept({ type: 'ParcelPickedUp', data: stamp(command) });
    case 'RecordHubArrival':
      return accept({
        type: 'ParcelReceivedAtHub',
        data: { at: command.data.now, commandId: command.data.commandId, hubId: command.data.hubId },
      });
    case 'ShipParcel': {
      const { hubId, cargoReference } = command.data;
      return accept({
        type: 'ParcelShipped',
        data: { at: command.data.now, commandId: command.data.commandId, hubId, cargoReference },
      });
    }
    case 'HandOverToCarrier': {
      const { carrierId, trackingNumber, airBoxNumber, customsBoxNumber } = command.data;
      return accept({
        type: 'ParcelHandedToCarrier',
        data: {
          at: command.data.now,
          commandId: command.data.commandId,
          carrierId,
          trackingNumber,
          airBoxNumber,
          customsBoxNumber,
        },
      });
    }
  }
};

const bookParcel = (state: ParcelState, command: CommandOf<'BookParcel'>): Decision => {
  const refused = notYetBooked(state) ?? bookingTerms(command);
  if (refused !== undefined) return E.left(refused);
  const { parcelId, sellerId, forwarderId, origin, destination, contents, weightGrams } = command.data;
  const { declaredValue, shippingCost } = command.data;
  return accept({
    type: 'ParcelBooked',
    data: {
      at: command.data.now,
      commandId: command.data.commandId,
      parcelId,
      sellerId,
      forwarderId,
      origin,
      destination,
      contents,
      weightGrams,
      declaredValue,
      shippingCost,
    },
  });
};

const purchaseInsurance = (
  state: ParcelState,
  command: CommandOf<'PurchaseInsurance'>,
  context: DeciderContext,
): Decision => {
  const parcel = bookedParcel(state, command.type);
  if (E.isLeft(parcel)) return parcel;
  const late = insuranceBeforeDispatch(state, command.data.now);
  if (late !== undefined) return E.left(late);
  const terms = coverageTerms(parcel.right.booking, command, context.policies, context.calendars);
  if (E.isLeft(terms)) return terms;
  const { insurerId, policy, insuredValue, valueBasis, coversShippingCost, premium } = command.data;
  const { calendar } = terms.right;
  return accept({
    type: 'InsurancePurchased',
    data: {
      at: command.data.now,
      commandId: command.data.commandId,
      insurerId,
      policy,
      insuredValue,
      valueBasis,
      coversShippingCost,
      premium,
      deductible: {
        minorUnits: terms.right.policy.parameters.deductible.value,
        currency: insuredValue.currency,
      },
      payerCalendar: { id: calendar.id, version: calendar.version, zone: calendar.zone },
    },
  });
};

const recordTracking = (state: ParcelState, command: CommandOf<'RecordTrackingUpdate'>): Decision => {
  const parcel = bookedParcel(state, command.type);
  if (E.isLeft(parcel)) return parcel;
  const { scannedAt, location, description, now } = command.data;
  const refused = shipmentInOrder(parcel.right.shipment, command.type) ?? scanNotInFuture(scannedAt, now);
  if (refused !== undefined) return E.left(refused);
  return accept({
    type: 'TrackingUpdated',
    data: { at: command.data.now, commandId: command.data.commandId, scannedAt, location, description },
  });
};

const recordDelivery = (state: ParcelState, command: CommandOf<'RecordDelivery'>): Decision => {
  const parcel = bookedParcel(state, command.type);
  if (E.isLeft(parcel)) return parcel;
  const refused = deliverable(parcel.right.shipment);
  if (refused !== undefined) return E.left(refused);
  const delivered: ClaimEvent = { type: 'ParcelDelivered', data: stamp(command) };
  const ended = deliveryEndsLossClaim(state);
  return ended === null
    ? accept(delivered)
    : accept(delivered, {
        type: 'ClaimWithdrawn',
        data: {
          at: command.data.now,
          commandId: command.data.commandId,
          claimId: ended.claimId,
          reason: 'parcel-delivered',
        },
      });
};

type ClaimScoped = Exclude<
  ClaimCommand['type'],
  | 'BookParcel'
  | 'PurchaseInsurance'
  | 'RecordPickup'
  | 'RecordHubArrival'
  | 'ShipParcel'
  | 'HandOverToCarrier'
  | 'RecordTrackingUpdate'
  | 'RecordDelivery'
  | 'OpenInquiry'
  | 'CheckDeadlines'
>;

interface ClaimInContext {
  readonly claim: Claim;
  readonly terms: ClaimTerms;
  readonly booking: Booking;
}

/** The current claim a command names, with the terms of the coverage it runs under. */
const claimInContext = (
  state: ParcelState,
  command: CommandOf<ClaimScoped>,
  context: DeciderContext,
): E.Either<Rejection, ClaimInContext> => {
  const parcel = bookedParcel(state, command.type);
  if (E.isLeft(parcel)) return parcel;
  const claimable = claimableParcel(state);
  if (E.isLeft(claimable)) return claimable;
  const claim = currentClaim(state, command.data.claimId);
  if (E.isLeft(claim)) return claim;
  const terms = termsOf(claimable.right.coverage, context);
  if (E.isLeft(terms)) return terms;
  return E.right({ claim: claim.right, terms: terms.right, booking: parcel.right.booking });
};

const openInquiry = (
  state: ParcelState,
  command: CommandOf<'OpenInquiry'>,
  context: DeciderContext,
): Decision => {
  const parcel = bookedParcel(state, command.type);
  if (E.isLeft(parcel)) return parcel;
  const claimable = claimableParcel(state);
  if (E.isLeft(claimable)) return claimable;
  const terms = termsOf(claimable.right.coverage, context);
  if (E.isLeft(terms)) return terms;
  const { claimId, claimType, now } = command.data;
  const { shipment, shippedAt, coverage } = claimable.right;
  const { parameters } = terms.right.policy;
  const refused =
    oneOpenClaim(state, claimId) ?? inquiryWindow(claimType, shipment, shippedAt, parameters, now);
  if (refused !== undefined) return E.left(refused);
  return accept({
    type: 'InquiryOpened',
    data: {
      at: command.data.now,
      commandId: command.data.commandId,
      claimId,
      claimType,
      policy: coverage.policy,
      requiredDocuments: requiredDocuments(claimType, terms.right.calendar, parameters, now),
    },
  });
};

const onClaim = (command: CommandOf<ClaimScoped>, found: ClaimInContext): Decision => {
  const { claim, terms, booking } = found;
  const { parameters } = terms.policy;
  const { now } = command.data;
  const refuse = (...checks: (() => Rejection | undefined)[]): Rejection | undefined => {
    for (const check of checks) {
      const r = check();
      if (r !== undefined) return r;
    }
    return undefined;
  };
  const open = () => claimStillOpen(claim);
  const gathering = () => claimInStatus(claim, 'gathering-documents');
  const submitted = () => claimInStatus(claim, 'submitted');
  switch (command.type) {
    case 'AttachDocument':
    case 'ConfirmLoss': {
      const documentType = command.type === 'ConfirmLoss' ? 'loss-confirmation' : command.data.documentType;
      const refused = refuse(open, gathering);
      if (refused !== undefined) return E.left(refused);
      const provider = documentProvision(claim, documentType, command.data.actor.role, now);
      if (E.isLeft(provider)) return provider;
      const { claimId, reference, contentHash } = command.data;
      return command.type === 'ConfirmLoss'
        ? accept({
            type: 'LossConfirmed',
            data: {
              at: command.data.now,
              commandId: command.data.commandId,
              claimId,
              carrierId: command.data.carrierId,
              providedBy: provider.right,
              reference,
              contentHash,
            },
          })
        : accept({
            type: 'DocumentAttached',
            data: {
              at: command.data.now,
              commandId: command.data.commandId,
              claimId,
              documentType,
              providedBy: provider.right,
              reference,
              contentHash,
            },
          });
    }
    case 'RejectDocument': {
      const decidedAlready = () => (claim.status === 'accepted' ? submitted() : undefined);
      const refused = refuse(open, decidedAlready);
      if (refused !== undefined) return E.left(refused);
      const slot = documentSlot(claim, command.data.documentType);
      if (E.isLeft(slot)) return slot;
      const notAttached = rejectable(slot.right);
      if (notAttached !== undefined) return E.left(notAttached);
      const { claimId, documentType, reason } = command.data;
      const due = resubmissionDue(slot.right, terms.calendar, parameters, now);
      return accept({
        type: 'DocumentRejected',
        data: { at: command.data.now, commandId: command.data.commandId, claimId, documentType, reason, due },
      });
    }
    case 'ExtendDocumentDeadline': {
      const refused = refuse(open, gathering);
      if (refused !== undefined) return E.left(refused);
      const slot = documentSlot(claim, command.data.documentType);
      if (E.isLeft(slot)) return slot;
      const due = extendedDue(claim, slot.right, terms.calendar, parameters, command.data.extendByDays);
      if (E.isLeft(due)) return due;
      const { claimId, documentType } = command.data;
      return accept({
        type: 'DocumentDeadlineExtended',
        data: {
          at: command.data.now,
          commandId: command.data.commandId,
          claimId,
          documentType,
          due: due.right,
        },
      });
    }
    case 'SubmitClaim': {
      const refused = refuse(open, gathering, () => dossierComplete(claim));
      if (refused !== undefined) return E.left(refused);
      const decisionDue = decisionDueDate(terms.calendar, parameters, now);
      return accept({
        type: 'ClaimSubmitted',
        data: {
          at: command.data.now,
          commandId: command.data.commandId,
          claimId: claim.claimId,
          decisionDue,
        },
      });
    }
    case 'AcceptClaim': {
      const refused = refuse(open, submitted);
      if (refused !== undefined) return E.left(refused);
      const breakdown = payoutCap(terms.coverage, booking, command.data.provenValue);
      if (E.isLeft(breakdown)) return breakdown;
      const { approvedAmount } = command.data;
      const aboveCap = approvedWithinCap(terms.coverage, approvedAmount, breakdown.right);
      if (aboveCap !== undefined) return E.left(aboveCap);
      return accept({
        type: 'ClaimAccepted',
        data: {
          at: command.data.now,
          commandId: command.data.commandId,
          claimId: claim.claimId,
          approvedAmount,
          breakdown: breakdown.right,
          payoutDue: payoutDueDate(terms.calendar, parameters, now),
        },
      });
    }
    case 'RejectClaim': {
      const refused = refuse(open, submitted);
      if (refused !== undefined) return E.left(refused);
      const { claimId, reason, explanation } = command.data;
      return accept({
        type: 'ClaimRejected',
        data: { at: command.data.now, commandId: command.data.commandId, claimId, reason, explanation },
      });
    }
    case 'PayClaim': {
      const { claimId, amount, paymentReference } = command.data;
      const paidAlready = () => (claim.payment !== null ? paidOnceExactly(claim, amount) : undefined);
      const refused = refuse(paidAlready, open, () => paidOnceExactly(claim, amount));
      if (refused !== undefined) return E.left(refused);
      return accept({
        type: 'ClaimPaid',
        data: { at: command.data.now, commandId: command.data.commandId, claimId, amount, paymentReference },
      });
    }
    case 'WithdrawClaim': {
      const refused = refuse(open);
      if (refused !== undefined) return E.left(refused);
      const { claimId, reason } = command.data;
      return accept({
        type: 'ClaimWithdrawn',
        data: { at: command.data.now, commandId: command.data.commandId, claimId, reason },
      });
    }
  }
};

/** Lapses and overdue flags due at `now`; nothing when none is due. */
const checkDeadlines = (state: ParcelState, command: CommandOf<'CheckDeadlines'>): Decision => {
  const claim = state.claim;
  const { now } = command.data;
  if (claim === null) return accept();
  const missing = documentsPastGrace(claim, now);
  if (missing.length > 0)
    return accept({
      type: 'ClaimLapsed',
      data: {
        at: command.data.now,
        commandId: command.data.commandId,
        claimId: claim.claimId,
        missingDocuments: [...missing],
      },
    });
  const decisionDue = decisionNowOverdue(claim, now) ? claim.decisionDue : null;
  if (decisionDue !== null)
    return accept({
      type: 'DecisionOverdue',
      data: {
        at: command.data.now,
        commandId: command.data.commandId,
        claimId: claim.claimId,
        dueAt: decisionDue.dueAt,
      },
    });
  const acceptance = payoutNowOverdue(claim, now) ? claim.acceptance : null;
  if (acceptance !== null)
    return accept({
      type: 'PayoutOverdue',
      data: {
        at: command.data.now,
        commandId: command.data.commandId,
        claimId: claim.claimId,
        dueAt: acceptance.payoutDue.dueAt,
      },
    });
  return accept();
};

/**
 * Decides a command against the state of its parcel stream: the events to append, or the rule
 * that refuses it. Pure: time and ids come on the command, policy and calendars from `context`.
 */
export const decideWith =
  (context: DeciderContext) =>
  (command: ClaimCommand, state: ParcelState): Decision => {
    const { commandId, actor, parcelId, now } = command.data;
    if (isRepeatedCommand(state, commandId)) return accept();
    const refused =
      permittedActor(command.type, actor) ?? sameParcel(state, parcelId) ?? timeMovesForward(state, now);
    if (refused !== undefined) return E.left(refused);
    switch (command.type) {
      case 'BookParcel':
        return bookParcel(state, command);
      case 'PurchaseInsurance':
        return purchaseInsurance(state, command, context);
      case 'RecordPickup':
      case 'RecordHubArrival':
      case 'ShipParcel':
      case 'HandOverToCarrier':
        return shipmentFact(state, command);
      case 'RecordTrackingUpdate':
        return recordTracking(state, command);
      case 'RecordDelivery':
        return recordDelivery(state, command);
      case 'OpenInquiry':
        return openInquiry(state, command, context);
      case 'CheckDeadlines':
        return checkDeadlines(state, command);
      default: {
        const found = claimInContext(state, command, context);
        return E.isLeft(found) ? found : onClaim(command, found.right);
      }
    }
  };
