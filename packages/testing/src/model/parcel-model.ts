import type { ModelCommand } from './model-command.js';
import {
  type Amount,
  type ClaimStatus,
  type ClaimType,
  closedStatuses,
  type DocumentOwner,
  type DocumentType,
  type EventType,
  type PartyRole,
  type Stage,
} from './vocabulary.js';

/** One document of the current claim: whether it is in, and the due date it must be in by. */
export interface DocumentModel {
  readonly documentType: DocumentType;
  readonly owedBy: DocumentOwner;
  readonly status: 'missing' | 'attached' | 'rejected';
  readonly dueAt: number;
}

/**
 * A claim as the model sees it: a status, the documents, the approved and paid amounts, and the
 * working-day deadlines exactly as the service stored them (the model cannot count working days).
 */
export interface ClaimModel {
  readonly claimId: string;
  readonly claimType: ClaimType;
  /** The pieces the claim holds. */
  readonly pieceIds: readonly string[];
  readonly status: ClaimStatus;
  readonly openedAt: number;
  readonly documents: readonly DocumentModel[];
  readonly decisionDueAt: number | null;
  readonly decisionFlagged: boolean;
  readonly approved: Amount | null;
  readonly payoutDueAt: number | null;
  readonly payoutFlagged: boolean;
  readonly paid: Amount | null;
  /** When the insurer accepted: the carrier's notice window for a loss runs from here. */
  readonly acceptedAt: number | null;
  /** A deadline check recorded `CarrierNoticeMissed` (the model never notifies the carrier). */
  readonly noticeFlagged: boolean;
  /** When a delivery found the paid parcel; the insured's election is due 30 calendar days later. */
  readonly foundAt: number | null;
  /** A deadline check recorded `SalvageElectionOverdue` (the model never elects). */
  readonly electionFlagged: boolean;
}

/** A booked piece: its id and goods value in minor units of the booking's currency. */
export interface PieceModel {
  readonly pieceId: string;
  readonly value: number;
}

/** The parcel's party in each role: seller and forwarder from the booking, insurer and carrier later. */
export type Parties = { readonly [R in PartyRole]: string | null };

/** A party acting in a role for the parcel's party of that role. */
export interface DelegationModel {
  readonly role: PartyRole;
  readonly delegateId: string;
}

/** One parcel: what was booked and insured, by and for whom, where it is, and its claims. */
export interface ParcelModel {
  readonly parcelId: string;
  /** How many events its stream holds: nothing may be written that the model did not expect. */
  readonly events: number;
  readonly lastEventAt: number | null;
  readonly booking: {
    readonly declared: Amount;
    readonly shipping: Amount;
    readonly pieces: readonly PieceModel[];
  } | null;
  readonly coverage: { readonly insured: Amount; readonly coversShipping: boolean } | null;
  readonly parties: Parties;
  /** Delegations granted and not revoked, oldest first. */
  readonly delegations: readonly DelegationModel[];
  readonly stage: Stage;
  /** A carrier took the parcel: before that, the parcel has no carrier who may act on it. */
  readonly handedOver: boolean;
  readonly shippedAt: number | null;
  readonly lastMovementAt: number | null;
  readonly deliveredAt: number | null;
  readonly deliveredPieceIds: readonly string[];
  readonly claim: ClaimModel | null;
  /** The claims before the current one, oldest first. */
  readonly earlierClaims: readonly ClaimModel[];
  readonly usedClaimIds: readonly string[];
}

/** A command the model sent, and the events it wrote (none when it was refused or had nothing to do). */
export interface SentCommand {
  readonly command: ModelCommand;
  readonly written: readonly EventType[];
}

/**
 * The whole model: a clock, every parcel so far, which parcel each slot works on, and every
 * command sent (for repeats). A slot whose parcel's story is over moves on to a new parcel.
 */
export interface ClaimsModel {
  /** The latest `now` handed out; it only moves forward. */
  clock: number;
  /** Makes ids unique per run, so runs may share one store. */
  readonly runId: string;
  nextCommand: number;
  readonly parcels: ParcelModel[];
  /** The index in `parcels` of each slot's current parcel. */
  readonly slots: number[];
  readonly sent: SentCommand[];
}

/** A parcel nothing was recorded for yet. */
export const emptyParcel = (parcelId: string): ParcelModel => ({
  parcelId,
  events: 0,
  lastEventAt: null,
  booking: null,
  coverage: null,
  parties: { seller: null, forwarder: null, insurer: null, carrier: null },
  delegations: [],
  stage: 'none',
  handedOver: false,
  shippedAt: null,
  lastMovementAt: null,
  deliveredAt: null,
  deliveredPieceIds: [],
  claim: null,
  earlierClaims: [],
  usedClaimIds: [],
});

const parcelId = (runId: string, index: number): string => `MB-${runId.slice(0, 8)}-P${index + 1}`;

/** A fresh model: `slots` empty parcels whose ids carry the run id. */
export const initialModel = (runId: string, start: number, slots: number): ClaimsModel => ({
  clock: start,
  runId,
  nextCommand: 1,
  parcels: Array.from({ length: slots }, (_, i) => emptyParcel(parcelId(runId, i))),
  slots: Array.from({ length: slots }, (_, i) => i),
  sent: [],
});

/** Gives the slot a new, empty parcel; returns its index. */
export const nextParcel = (model: ClaimsModel, slot: number): number => {
  const index = model.parcels.length;
  model.parcels.push(emptyParcel(parcelId(model.runId, index)));
  model.slots[slot] = index;
  return index;
};

/** A fresh command id: the run id with the command's number in its last twelve hex digits. */
export const takeCommandId = (model: ClaimsModel): string => {
  const n = model.nextCommand;
  model.nextCommand = n + 1;
  return `${model.runId.slice(0, 24)}${n.toString(16).padStart(12, '0')}`;
};

/** Paid, rejected, lapsed or withdrawn: nothing changes it any more. */
export const isClosed = (claim: ClaimModel): boolean => closedStatuses.includes(claim.status);

/** The parcel's claim while it is still running. */
export const openClaimOf = (parcel: ParcelModel): ClaimModel | null =>
  parcel.claim !== null && !isClosed(parcel.claim) ? parcel.claim : null;

const claimsOf = (parcel: ParcelModel): readonly ClaimModel[] =>
  parcel.claim === null ? parcel.earlierClaims : [...parcel.earlierClaims, parcel.claim];

/** The pieces held by a claim: every claim holds its pieces but a withdrawn or lapsed one. */
export const heldPieceIds = (parcel: ParcelModel): ReadonlySet<string> =>
  new Set(
    claimsOf(parcel)
      .filter((c) => c.status !== 'withdrawn' && c.status !== 'lapsed')
      .flatMap((c) => c.pieceIds),
  );

/** Paid or rejected claims hold every booked piece: the coverage is used up. */
export const isSettled = (parcel: ParcelModel): boolean => {
  const decided = new Set(
    claimsOf(parcel)
      .filter((c) => c.status === 'paid' || c.status === 'rejected')
      .flatMap((c) => c.pieceIds),
  );
  return decided.size > 0 && (parcel.booking?.pieces ?? []).every((p) => decided.has(p.pieceId));
};

/**
 * The parcel's paid claim on pieces as lost (loss or partial loss), not yet found, that a delivery
 * of these pieces finds after payout (N4).
 */
export const foundByDelivery = (parcel: ParcelModel, pieceIds: readonly string[]): ClaimModel | null => {
  const claim = parcel.claim;
  return claim !== null &&
    claim.status === 'paid' &&
    (claim.claimType === 'loss' || claim.claimType === 'partial-loss') &&
    claim.foundAt === null &&
    claim.pieceIds.some((id) => pieceIds.includes(id))
    ? claim
    : null;
};
