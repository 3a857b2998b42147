import {
  type Claim,
  type ClaimEvent,
  type Closure,
  type CommandId,
  type Deadline,
  type Delegation,
  type DocumentSlot,
  type DocumentStatus,
  type FollowUp,
  isAfter,
  money,
  type ParcelState,
  type Shipment,
} from '@parcel-claims/core';

type CommandTrail = ParcelState['commands'];

// The evolve the fold was first written as, kept as the reference the folding code is compared
// with: a new state, shipment, claim and document list for every event.
//
// States, shipments, claims and document slots are written out field by field rather than
// spread, so that each kind has one shape and one allocation per change: folding a long history
// is dominated by building these objects. With exactOptionalPropertyTypes a change never holds
// undefined, so a field a change lacks keeps its value.

const remember = (trail: CommandTrail, commandId: CommandId): CommandTrail =>
  trail !== null && trail.commandId === commandId ? trail : { commandId, previous: trail };

/** The state after an event, with the bookkeeping every event shares. */
const parcelWith = (
  state: ParcelState,
  event: ClaimEvent,
  change: Partial<Omit<ParcelState, 'lastEventAt' | 'commands'>>,
): ParcelState => ({
  parcelId: change.parcelId === undefined ? state.parcelId : change.parcelId,
  booking: change.booking === undefined ? state.booking : change.booking,
  coverage: change.coverage === undefined ? state.coverage : change.coverage,
  shipment: change.shipment === undefined ? state.shipment : change.shipment,
  claim: change.claim === undefined ? state.claim : change.claim,
  earlierClaims: change.earlierClaims === undefined ? state.earlierClaims : change.earlierClaims,
  delegations: change.delegations === undefined ? state.delegations : change.delegations,
  lastEventAt: event.data.at,
  commands: remember(state.commands, event.data.commandId),
});

const updateShipment = (state: ParcelState, change: Partial<Shipment>): Shipment | null => {
  const shipment = state.shipment;
  if (shipment === null) return null;
  return {
    stage: change.stage === undefined ? shipment.stage : change.stage,
    shippedAt: change.shippedAt === undefined ? shipment.shippedAt : change.shippedAt,
    carrierId: change.carrierId === undefined ? shipment.carrierId : change.carrierId,
    lastMovementAt: change.lastMovementAt === undefined ? shipment.lastMovementAt : change.lastMovementAt,
    deliveredAt: change.deliveredAt === undefined ? shipment.deliveredAt : change.deliveredAt,
    deliveredPieceIds:
      change.deliveredPieceIds === undefined ? shipment.deliveredPieceIds : change.deliveredPieceIds,
  };
};

const updateClaim = (state: ParcelState, changeOf: (claim: Claim) => Partial<Claim>): Claim | null => {
  const claim = state.claim;
  if (claim === null) return null;
  const change = changeOf(claim);
  return {
    claimId: claim.claimId,
    claimType: claim.claimType,
    pieceIds: claim.pieceIds,
    policy: claim.policy,
    openedAt: claim.openedAt,
    status: change.status === undefined ? claim.status : change.status,
    documents: change.documents === undefined ? claim.documents : change.documents,
    decisionDue: change.decisionDue === undefined ? claim.decisionDue : change.decisionDue,
    decisionOverdue: change.decisionOverdue === undefined ? claim.decisionOverdue : change.decisionOverdue,
    decisionClock: change.decisionClock === undefined ? claim.decisionClock : change.decisionClock,
    informationRequest:
      change.informationRequest === undefined ? claim.informationRequest : change.informationRequest,
    appeals: change.appeals === undefined ? claim.appeals : change.appeals,
    acceptance: change.acceptance === undefined ? claim.acceptance : change.acceptance,
    payoutOverdue: change.payoutOverdue === undefined ? claim.payoutOverdue : change.payoutOverdue,
    payment: change.payment === undefined ? claim.payment : change.payment,
    closure: change.closure === undefined ? claim.closure : change.closure,
    followUp: change.followUp === undefined ? claim.followUp : change.followUp,
  };
};

/** The claim with one part of what follows its decision replaced. */
const updateFollowUp = (state: ParcelState, part: (followUp: FollowUp) => Partial<FollowUp>): Claim | null =>
  updateClaim(state, (claim) => ({ followUp: { ...claim.followUp, ...part(claim.followUp) } }));

type Provision = Pick<DocumentSlot, 'providedBy' | 'reference' | 'contentHash' | 'providedAt'>;

const slotWith = (
  d: DocumentSlot,
  status: DocumentStatus,
  due: Deadline,
  provision: Provision,
): DocumentSlot => ({
  documentType: d.documentType,
  owedBy: d.owedBy,
  due,
  status,
  providedBy: provision.providedBy,
  reference: provision.reference,
  contentHash: provision.contentHash,
  providedAt: provision.providedAt,
});

/** The claim's documents with the slot of one type changed. */
const documentsWith = (
  claim: Claim,
  documentType: DocumentSlot['documentType'],
  change: (slot: DocumentSlot) => DocumentSlot,
): readonly DocumentSlot[] => claim.documents.map((d) => (d.documentType === documentType ? change(d) : d));

/** Folds one event into the parcel state, building every changed part anew. */
export const referenceEvolve = (state: ParcelState, event: ClaimEvent): ParcelState => {
  switch (event.type) {
    case 'ParcelBooked': {
      const data = event.data;
      return parcelWith(state, event, {
        parcelId: data.parcelId,
        booking: {
          sellerId: data.sellerId,
          forwarderId: data.forwarderId,
          origin: data.origin,
          destination: data.destination,
          contents: data.contents,
          goodsValue: data.goodsValue,
          valueBasis: data.valueBasis,
          customsValue: data.customsValue,
          carriageValue: data.carriageValue,
          shippingCost: data.shippingCost,
          pieces: data.pieces.map((piece) => ({
            pieceId: piece.pieceId,
            description: piece.description,
            goodsValue: piece.goodsValue,
            weightGrams: piece.weightGrams,
            airBoxNumber: null,
            customsBoxNumber: null,
          })),
          bookedAt: data.at,
        },
        shipment: {
          stage: 'booked',
          shippedAt: null,
          carrierId: null,
          lastMovementAt: null,
          deliveredAt: null,
          deliveredPieceIds: [],
        },
      });
    }
    case 'InsurancePurchased': {
      const data = event.data;
      return parcelWith(state, event, {
        coverage: {
          insurerId: data.insurerId,
          policy: data.policy,
          insuredValue: data.insuredValue,
          valueBasis: data.valueBasis,
          coversShippingCost: data.coversShippingCost,
          premium: data.premium,
          deductible: data.deductible,
          payerCalendar: data.payerCalendar,
          purchasedAt: data.at,
        },
      });
    }
    case 'ParcelPickedUp':
      return parcelWith(state, event, { shipment: updateShipment(state, { stage: 'picked-up' }) });
    case 'ParcelReceivedAtHub':
      return parcelWith(state, event, { shipment: updateShipment(state, { stage: 'at-hub' }) });
    case 'ParcelShipped':
      return parcelWith(state, event, {
        shipment: updateShipment(state, {
          stage: 'shipped',
          shippedAt: event.data.at,
          lastMovementAt: event.data.at,
        }),
      });
    case 'ParcelHandedToCarrier': {
      const booking = state.booking;
      const boxes = event.data.boxes;
      return parcelWith(state, event, {
        booking:
          booking === null
            ? null
            : {
                ...booking,
                pieces: booking.pieces.map((piece) => {
                  const box = boxes.find((b) => b.pieceId === piece.pieceId);
                  return box === undefined
                    ? piece
                    : { ...piece, airBoxNumber: box.airBoxNumber, customsBoxNumber: box.customsBoxNumber };
                }),
              },
        shipment: updateShipment(state, {
          stage: 'with-carrier',
          carrierId: event.data.carrierId,
          lastMovementAt: event.data.at,
        }),
      });
    }
    case 'TrackingUpdated': {
      const last = state.shipment?.lastMovementAt ?? null;
      const scannedAt = event.data.scannedAt;
      const moved = last === null || isAfter(scannedAt, last);
      return parcelWith(
        state,
        event,
        moved ? { shipment: updateShipment(state, { lastMovementAt: scannedAt }) } : {},
      );
    }
    case 'ParcelDelivered':
      return parcelWith(state, event, {
        shipment: updateShipment(state, {
          stage: 'delivered',
          deliveredAt: event.data.at,
          deliveredPieceIds: [...(state.shipment?.deliveredPieceIds ?? []), ...event.data.pieceIds],
        }),
      });
    case 'InquiryOpened': {
      const { claimId, claimType, pieceIds, policy, requiredDocuments, at } = event.data;
      const claim: Claim = {
        claimId,
        claimType,
        pieceIds,
        policy,
        openedAt: at,
        status: 'gathering-documents',
        documents: requiredDocuments.map((d) => ({
          documentType: d.documentType,
          owedBy: d.owedBy,
          due: d.due,
          status: 'missing',
          providedBy: null,
          reference: null,
          contentHash: null,
          providedAt: null,
        })),
        decisionDue: null,
        decisionOverdue: false,
        decisionClock: null,
        informationRequest: null,
        appeals: 0,
        acceptance: null,
        payoutOverdue: false,
        payment: null,
        closure: null,
        followUp: {
          carrierNotice: null,
          carrierNoticeMissed: false,
          carrierLiabilityCap: null,
          recovery: null,
          found: null,
        },
      };
      return parcelWith(state, event, {
        claim,
        earlierClaims: state.claim === null ? state.earlierClaims : [...state.earlierClaims, state.claim],
      });
    }
    case 'DocumentAttached':
    case 'LossConfirmed': {
      const { providedBy, reference, contentHash, at } = event.data;
      const documentType = event.type === 'LossConfirmed' ? 'loss-confirmation' : event.data.documentType;
      const claim = updateClaim(state, (c) => ({
        documents: documentsWith(c, documentType, (d) =>
          slotWith(d, 'attached', d.due, { providedBy, reference, contentHash, providedAt: at }),
        ),
      }));
      return parcelWith(state, event, { claim });
    }
    case 'DocumentRejected': {
      const { documentType, due } = event.data;
      const claim = updateClaim(state, (c) => ({
        documents: documentsWith(c, documentType, (d) => slotWith(d, 'rejected', due, d)),
        status: 'gathering-documents',
        decisionDue: null,
        decisionOverdue: false,
      }));
      return parcelWith(state, event, { claim });
    }
    case 'DocumentDeadlineExtended': {
      const { documentType, due } = event.data;
      const claim = updateClaim(state, (c) => ({
        documents: documentsWith(c, documentType, (d) => slotWith(d, d.status, due, d)),
      }));
      return parcelWith(state, event, { claim });
    }
    case 'ClaimSubmitted': {
      const { decisionDue } = event.data;
      return parcelWith(state, event, {
        claim: updateClaim(state, () => ({
          status: 'submitted',
          decisionDue,
          decisionClock: { workingDaysUsed: 0, runningSince: event.data.at },
        })),
      });
    }
    case 'InformationRequested': {
      const { question, askedOf, answerDue, decisionDaysUsed, at } = event.data;
      return parcelWith(state, event, {
        claim: updateClaim(state, () => ({
          status: 'needs-action',
          informationRequest: { question, askedOf, answerDue, requestedAt: at },
          decisionClock: { workingDaysUsed: decisionDaysUsed, runningSince: null },
        })),
      });
    }
    case 'InformationProvided': {
      const { decisionDue, at } = event.data;
      return parcelWith(state, event, {
        claim: updateClaim(state, (c) => ({
          status: 'submitted',
          informationRequest: null,
          decisionDue,
          decisionClock: { workingDaysUsed: c.decisionClock?.workingDaysUsed ?? 0, runningSince: at },
        })),
      });
    }
    case 'ClaimAccepted': {
      const { approvedAmount, breakdown, payoutDue, at, partialReason, payee, method } = event.data;
      const acceptance = {
        approvedAmount,
        breakdown,
        payoutDue,
        acceptedAt: at,
        partialReason,
        payee,
        method,
      };
      return parcelWith(state, event, {
        claim: updateClaim(state, () => ({
          status: partialReason === null ? 'accepted' : 'approved-partial',
          acceptance,
        })),
      });
    }
    case 'ClaimReopened': {
      const { appeal, decisionDue, at } = event.data;
      return parcelWith(state, event, {
        claim: updateClaim(state, () => ({
          status: 'submitted',
          closure: null,
          appeals: appeal,
          decisionDue,
          decisionOverdue: false,
          decisionClock: { workingDaysUsed: 0, runningSince: at },
        })),
      });
    }
    case 'ClaimRejected': {
      const closure: Closure = { status: 'rejected', at: event.data.at, reason: event.data.reason };
      return parcelWith(state, event, { claim: updateClaim(state, () => ({ status: 'rejected', closure })) });
    }
    case 'ClaimPaid': {
      const { amount, paymentReference, at, payee, method } = event.data;
      const payment = { amount, paymentReference, paidAt: at, payee, method };
      const closure: Closure = { status: 'paid', at };
      return parcelWith(state, event, {
        claim: updateClaim(state, () => ({ status: 'paid', payment, closure })),
      });
    }
    case 'PayoutOverdue':
      return parcelWith(state, event, { claim: updateClaim(state, () => ({ payoutOverdue: true })) });
    case 'DecisionOverdue':
      return parcelWith(state, event, { claim: updateClaim(state, () => ({ decisionOverdue: true })) });
    case 'ClaimLapsed': {
      const missing = event.data.missingDocuments.map((d) => d.documentType);
      const closure: Closure = { status: 'lapsed', at: event.data.at, missing };
      return parcelWith(state, event, { claim: updateClaim(state, () => ({ status: 'lapsed', closure })) });
    }
    case 'ClaimWithdrawn': {
      const closure: Closure = { status: 'withdrawn', at: event.data.at, reason: event.data.reason };
      return parcelWith(state, event, {
        claim: updateClaim(state, () => ({ status: 'withdrawn', closure })),
      });
    }
    case 'DelegationGranted': {
      const { principal, delegateId, at } = event.data;
      return parcelWith(state, event, {
        delegations: [...state.delegations, { principal, delegateId, grantedAt: at }],
      });
    }
    case 'DelegationRevoked': {
      const { principal, delegateId } = event.data;
      const stands = (d: Delegation) =>
        d.principal.role !== principal.role || d.principal.id !== principal.id || d.delegateId !== delegateId;
      return parcelWith(state, event, { delegations: state.delegations.filter(stands) });
    }
    case 'CarrierNotified': {
      const { carrierId, reference, noticeDue, at } = event.data;
      return parcelWith(state, event, {
        claim: updateFollowUp(state, () => ({
          carrierNotice: { carrierId, reference, noticeDue, notifiedAt: at },
        })),
      });
    }
    case 'CarrierNoticeMissed':
      return parcelWith(state, event, {
        claim: updateFollowUp(state, () => ({ carrierNoticeMissed: true })),
      });
    case 'CarrierLiabilityAssessed':
      return parcelWith(state, event, {
        claim: updateFollowUp(state, () => ({ carrierLiabilityCap: event.data.cap })),
      });
    case 'RecoveryFiled': {
      const { amount, at } = event.data;
      const received = money(0, amount.currency);
      return parcelWith(state, event, {
        claim: updateFollowUp(state, () => ({
          recovery: { filed: amount, filedAt: at, received, full: false, closed: null },
        })),
      });
    }
    case 'RecoveryReceived': {
      const { amount, full } = event.data;
      return parcelWith(state, event, {
        claim: updateFollowUp(state, ({ recovery }) =>
          recovery === null
            ? {}
            : {
                recovery: {
                  ...recovery,
                  received: money(recovery.received.minorUnits + amount.minorUnits, amount.currency),
                  full,
                },
              },
        ),
      });
    }
    case 'RecoveryClosed': {
      const { reason, writtenOff, at } = event.data;
      return parcelWith(state, event, {
        claim: updateFollowUp(state, ({ recovery }) =>
          recovery === null ? {} : { recovery: { ...recovery, closed: { reason, writtenOff, at } } },
        ),
      });
    }
    case 'ParcelFoundAfterPayout': {
      const { pieceIds, electionDue, at } = event.data;
      return parcelWith(state, event, {
        claim: updateFollowUp(state, () => ({
          found: { pieceIds, foundAt: at, electionDue, election: null, electionOverdue: false, repaid: null },
        })),
      });
    }
    case 'ClaimRepaid':
      return parcelWith(state, event, {
        claim: updateFollowUp(state, ({ found }) =>
          found === null ? {} : { found: { ...found, election: 'repay', repaid: event.data.amount } },
        ),
      });
    case 'GoodsSurrendered':
      return parcelWith(state, event, {
        claim: updateFollowUp(state, ({ found }) =>
          found === null ? {} : { found: { ...found, election: 'surrender' } },
        ),
      });
    case 'SalvageElectionOverdue':
      return parcelWith(state, event, {
        claim: updateFollowUp(state, ({ found }) =>
          found === null ? {} : { found: { ...found, electionOverdue: true } },
        ),
      });
  }
  // Every type returned above; an event type without a case fails to compile here, by name.
  const unhandled: never = event;
  return unhandled;
};

/** Folds a history event by event with {@link referenceEvolve}. */
export const referenceFold = (state: ParcelState, events: readonly ClaimEvent[]): ParcelState =>
  events.reduce(referenceEvolve, state);
