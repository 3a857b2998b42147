import type { CommandId, ParcelId } from '../ids.js';
import type { Instant } from '../time/instant.js';
import type {
  Booking,
  Claim,
  CommandTrail,
  Coverage,
  Delegation,
  DocumentSlot,
  ParcelState,
  Shipment,
} from './state.js';

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** A shipment or claim this fold built itself, so it may change it in place. */
export type ShipmentDraft = Writable<Shipment>;
export type ClaimDraft = Writable<Claim>;

/**
 * A parcel state being folded. It starts out sharing every part of the state it was made from;
 * a part is copied the first time the fold changes it (`own…` then points at the copy), and only
 * copies are changed in place. Nothing outside the fold ever sees a draft: {@link stateOf}
 * hands out the result once the last event is applied, and the draft is dropped.
 */
export interface ParcelDraft {
  parcelId: ParcelId | null;
  booking: Booking | null;
  coverage: Coverage | null;
  shipment: Shipment | null;
  ownShipment: ShipmentDraft | null;
  claim: Claim | null;
  ownClaim: ClaimDraft | null;
  /** The documents array of `ownClaim`, once this fold has copied or built it. */
  ownDocuments: DocumentSlot[] | null;
  earlierClaims: readonly Claim[];
  ownEarlierClaims: Claim[] | null;
  delegations: readonly Delegation[];
  lastEventAt: Instant | null;
  commands: CommandTrail;
}

/** A draft that shares everything with `state` and changes none of it. */
export const draftOf = (state: ParcelState): ParcelDraft => ({
  parcelId: state.parcelId,
  booking: state.booking,
  coverage: state.coverage,
  shipment: state.shipment,
  ownShipment: null,
  claim: state.claim,
  ownClaim: null,
  ownDocuments: null,
  earlierClaims: state.earlierClaims,
  ownEarlierClaims: null,
  delegations: state.delegations,
  lastEventAt: state.lastEventAt,
  commands: state.commands,
});

/** The folded state; the draft must not be used afterwards. */
export const stateOf = (draft: ParcelDraft): ParcelState => ({
  parcelId: draft.parcelId,
  booking: draft.booking,
  coverage: draft.coverage,
  shipment: draft.shipment,
  claim: draft.claim,
  earlierClaims: draft.earlierClaims,
  delegations: draft.delegations,
  lastEventAt: draft.lastEventAt,
  commands: draft.commands,
});

/**
 * A copy of a part the state keeps for as long as the parcel lives (the booking, the coverage, a
 * document slot, a link of the command trail), made by spreading the literal just built.
 *
 * Once V8 has seen many objects of one literal survive, as they do wherever states are kept (a
 * service's cache of folded states, generated test histories), it allocates every later object of
 * that literal in the old generation; a replay then holds the young event data it just parsed from
 * old objects that die at once, and every young collection copies that data out. A copy made by
 * spreading has no allocation site of its own to be so marked and starts young. Measured with
 * `pnpm bench --only replay`: 0.48× of a bare parse without it, 0.59–0.64× with it.
 */
export const keptCopy = <T extends object>(literal: T): T => ({ ...literal });

/** The bookkeeping every event shares: when it happened, and the command that caused it. */
export const stamp = (draft: ParcelDraft, at: Instant, commandId: CommandId): void => {
  draft.lastEventAt = at;
  const trail = draft.commands;
  if (trail === null || trail.commandId !== commandId) {
    const link: CommandTrail = { commandId, previous: trail };
    draft.commands = keptCopy(link);
  }
};

/** Replaces the shipment with one this fold built. */
export const setShipment = (draft: ParcelDraft, shipment: ShipmentDraft): void => {
  draft.shipment = shipment;
  draft.ownShipment = shipment;
};

/** The shipment to change in place, copied on the fold's first change; null if there is none. */
export const shipmentToChange = (draft: ParcelDraft): ShipmentDraft | null => {
  if (draft.ownShipment !== null) return draft.ownShipment;
  const shipment = draft.shipment;
  if (shipment === null) return null;
  const copy: ShipmentDraft = {
    stage: shipment.stage,
    shippedAt: shipment.shippedAt,
    carrierId: shipment.carrierId,
    lastMovementAt: shipment.lastMovementAt,
    deliveredAt: shipment.deliveredAt,
    deliveredPieceIds: shipment.deliveredPieceIds,
  };
  setShipment(draft, copy);
  return copy;
};

/** Opens a claim this fold built, keeping the current one, if any, among the earlier claims. */
export const openNewClaim = (draft: ParcelDraft, claim: ClaimDraft, documents: DocumentSlot[]): void => {
  const previous = draft.claim;
  if (previous !== null) {
    let earlier = draft.ownEarlierClaims;
    if (earlier === null) {
      earlier = draft.earlierClaims.slice();
      draft.ownEarlierClaims = earlier;
      draft.earlierClaims = earlier;
    }
    earlier.push(previous);
  }
  draft.claim = claim;
  draft.ownClaim = claim;
  draft.ownDocuments = documents;
};

/** The claim to change in place, copied on the fold's first change; null if there is none. */
export const claimToChange = (draft: ParcelDraft): ClaimDraft | null => {
  if (draft.ownClaim !== null) return draft.ownClaim;
  const claim = draft.claim;
  if (claim === null) return null;
  const copy: ClaimDraft = {
    claimId: claim.claimId,
    claimType: claim.claimType,
    pieceIds: claim.pieceIds,
    policy: claim.policy,
    openedAt: claim.openedAt,
    status: claim.status,
    documents: claim.documents,
    decisionDue: claim.decisionDue,
    decisionOverdue: claim.decisionOverdue,
    decisionClock: claim.decisionClock,
    informationRequest: claim.informationRequest,
    appeals: claim.appeals,
    acceptance: claim.acceptance,
    payoutOverdue: claim.payoutOverdue,
    payment: claim.payment,
    closure: claim.closure,
    followUp: claim.followUp,
  };
  draft.claim = copy;
  draft.ownClaim = copy;
  return copy;
};

/** The documents of the claim to change in place, the array copied on the fold's first change. */
export const documentsToChange = (draft: ParcelDraft, claim: ClaimDraft): DocumentSlot[] => {
  if (draft.ownDocuments !== null) return draft.ownDocuments;
  const documents = claim.documents.slice();
  claim.documents = documents;
  draft.ownDocuments = documents;
  return documents;
};
