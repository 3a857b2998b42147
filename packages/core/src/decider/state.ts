import type { CalendarRef, Deadline } from '../calendar/index.js';
import type { PayoutBreakdown } from '../events/parts.js';
import type { ClaimId, CommandId, NonEmptyText, ParcelId, PartyId, PieceId } from '../ids.js';
import type { Money } from '../money/index.js';
import type { Deductible } from '../policy/deductible.js';
import type { PolicyRef } from '../policy/policy.js';
import type { Instant } from '../time/instant.js';
import type { Principal } from '../vocabulary/actor.js';
import type { ClaimType } from '../vocabulary/claim-type.js';
import type { ContentHash } from '../vocabulary/content-hash.js';
import type { CountryCode } from '../vocabulary/country-code.js';
import type { DocumentOwner, DocumentType } from '../vocabulary/document-type.js';
import type { InformationSource } from '../vocabulary/information.js';
import type { RecordedPayee, RecordedPaymentMethod } from '../vocabulary/payee.js';
import type {
  ClaimRejectionReason,
  RecordedValueBasis,
  ValueBasis,
  WithdrawalReason,
} from '../vocabulary/reasons.js';

/** One piece of the parcel: as booked, and the boxes it travels in once handed over (null before). */
export interface Piece {
  readonly pieceId: PieceId;
  readonly description: NonEmptyText;
  readonly goodsValue: Money;
  readonly weightGrams: number;
  readonly airBoxNumber: NonEmptyText | null;
  readonly customsBoxNumber: NonEmptyText | null;
}

/**
 * The booking: who sends what where, and the parcel's values kept apart: the goods value on its
 * basis, the customs value, the value declared for carriage (null when none), the shipping cost.
 */
export interface Booking {
  readonly sellerId: PartyId;
  readonly forwarderId: PartyId;
  readonly origin: CountryCode;
  readonly destination: CountryCode;
  readonly contents: NonEmptyText;
  readonly goodsValue: Money;
  readonly valueBasis: RecordedValueBasis;
  readonly customsValue: Money | null;
  readonly carriageValue: Money | null;
  readonly shippingCost: Money;
  readonly pieces: readonly Piece[];
  readonly bookedAt: Instant;
}

/** The parcel's weight: the sum of its pieces' weights. */
export const parcelWeightGrams = (booking: Booking): number =>
  booking.pieces.reduce((sum, piece) => sum + piece.weightGrams, 0);

/**
 * The insurance bought on a parcel: the insurer, the policy version, the insured value and the payer's
 * calendar.
 */
export interface Coverage {
  readonly insurerId: PartyId;
  readonly policy: PolicyRef;
  readonly insuredValue: Money;
  readonly valueBasis: ValueBasis;
  readonly coversShippingCost: boolean;
  readonly premium: Money;
  readonly deductible: Deductible;
  readonly payerCalendar: CalendarRef;
  readonly purchasedAt: Instant;
}

/** Where the parcel is; each stage is reached only from the ones before it. */
export type ShipmentStage = 'booked' | 'picked-up' | 'at-hub' | 'shipped' | 'with-carrier' | 'delivered';

/** Where a parcel is on its way, from booking to delivery, and who carries it. */
export interface Shipment {
  readonly stage: ShipmentStage;
  readonly shippedAt: Instant | null;
  readonly carrierId: PartyId | null;
  /** Dispatch or the latest tracking scan, whichever is later: the no-movement period runs from here. */
  readonly lastMovementAt: Instant | null;
  readonly deliveredAt: Instant | null;
  /** The pieces recorded as delivered, in the order of the deliveries. */
  readonly deliveredPieceIds: readonly PieceId[];
}

/** Where a required document stands: still missing, attached, or rejected (and so due again). */
export type DocumentStatus = 'missing' | 'attached' | 'rejected';

/** One document a claim needs: who owes it, by when, and whether it was provided. */
export interface DocumentSlot {
  readonly documentType: DocumentType;
  readonly owedBy: DocumentOwner;
  readonly due: Deadline;
  readonly status: DocumentStatus;
  readonly providedBy: DocumentOwner | null;
  readonly reference: NonEmptyText | null;
  readonly contentHash: ContentHash | null;
  readonly providedAt: Instant | null;
}

/**
 * `needs-action`: submitted, and the insurer asked for more; the decision clock is paused.
 * `approved-partial`: accepted for less than the cap, with the reason stated.
 */
export type OpenClaimStatus =
  | 'gathering-documents'
  | 'submitted'
  | 'needs-action'
  | 'accepted'
  | 'approved-partial';
export type ClosedClaimStatus = 'paid' | 'rejected' | 'lapsed' | 'withdrawn';
/** Where a claim stands: still open (gathering documents, submitted, accepted) or closed. */
export type ClaimStatus = OpenClaimStatus | ClosedClaimStatus;

/** How a closed claim ended. */
export type Closure =
  | { readonly status: 'paid'; readonly at: Instant }
  | { readonly status: 'rejected'; readonly at: Instant; readonly reason: ClaimRejectionReason }
  | { readonly status: 'lapsed'; readonly at: Instant; readonly missing: readonly DocumentType[] }
  | { readonly status: 'withdrawn'; readonly at: Instant; readonly reason: WithdrawalReason };

/** An accepted claim's terms: the approved amount, how it was reached, and by when it must be paid. */
export interface Acceptance {
  readonly approvedAmount: Money;
  readonly breakdown: PayoutBreakdown;
  readonly payoutDue: Deadline;
  readonly acceptedAt: Instant;
  /** Why less than the cap was approved; null when the cap itself was. */
  readonly partialReason: NonEmptyText | null;
  readonly payee: RecordedPayee;
  readonly method: RecordedPaymentMethod;
}

/** A payment of a claim: the amount, the insurer's reference and when it was paid. */
export interface Payment {
  readonly amount: Money;
  readonly paymentReference: NonEmptyText;
  readonly paidAt: Instant;
  readonly payee: RecordedPayee;
  readonly method: RecordedPaymentMethod;
}

/** The written claim the insurer sent the carrier, and the due date it had to meet (N1). */
export interface CarrierNotice {
  readonly carrierId: PartyId | null;
  readonly reference: NonEmptyText;
  readonly noticeDue: Deadline;
  readonly notifiedAt: Instant;
}

/** An insurer's claim against the carrier after payment: filed, what came back, and how it ended (N3). */
export interface Recovery {
  readonly filed: Money;
  readonly filedAt: Instant;
  readonly received: Money;
  /** True once everything filed came back. */
  readonly full: boolean;
  readonly closed: { readonly reason: NonEmptyText; readonly writtenOff: Money; readonly at: Instant } | null;
}

/** A paid parcel that turned up, and what the insured elected (N4). */
export interface FoundAfterPayout {
  readonly pieceIds: readonly PieceId[];
  readonly foundAt: Instant;
  readonly electionDue: Deadline;
  readonly election: 'repay' | 'surrender' | null;
  readonly electionOverdue: boolean;
  readonly repaid: Money | null;
}

/** What follows the decision: the carrier's notice and liability, recovery, and a parcel found after payout. */
export interface FollowUp {
  readonly carrierNotice: CarrierNotice | null;
  readonly carrierNoticeMissed: boolean;
  /** The carrier's liability cap in the coverage currency, once assessed (N2). */
  readonly carrierLiabilityCap: Money | null;
  readonly recovery: Recovery | null;
  readonly found: FoundAfterPayout | null;
}

/** Nothing has followed the decision yet. */
export const noFollowUp: FollowUp = {
  carrierNotice: null,
  carrierNoticeMissed: false,
  carrierLiabilityCap: null,
  recovery: null,
  found: null,
};
/**
 * The decision clock: the working days of the payer calendar the insurer has used of its
 * `decisionAfterCompleteDossier`, and since when it runs again (null while paused for an answer).
 */
export interface DecisionClock {
  readonly workingDaysUsed: number;
  readonly runningSince: Instant | null;
}

/** A question the insurer asked of a party, still unanswered. */
export interface InformationRequest {
  readonly question: NonEmptyText;
  readonly askedOf: InformationSource;
  readonly answerDue: Instant;
  readonly requestedAt: Instant;
}

/** The claim is decided: accepted in full or in part. */
export const isApproved = (claim: Claim): boolean =>
  claim.status === 'accepted' || claim.status === 'approved-partial';

/** A claim on a parcel: its type, the pieces it covers, its documents, its deadlines and how far it went. */
export interface Claim {
  readonly claimId: ClaimId;
  readonly claimType: ClaimType;
  /** The pieces this claim covers; a piece is held by at most one claim that was not withdrawn. */
  readonly pieceIds: readonly PieceId[];
  readonly policy: PolicyRef;
  readonly openedAt: Instant;
  readonly status: ClaimStatus;
  readonly documents: readonly DocumentSlot[];
  readonly decisionDue: Deadline | null;
  readonly decisionOverdue: boolean;
  /** Null until the dossier is submitted. */
  readonly decisionClock: DecisionClock | null;
  readonly informationRequest: InformationRequest | null;
  /** How many times a rejection of this claim was appealed. */
  readonly appeals: number;
  readonly acceptance: Acceptance | null;
  readonly payoutOverdue: boolean;
  readonly payment: Payment | null;
  readonly closure: Closure | null;
  readonly followUp: FollowUp;
}

/** A party of the parcel letting another act in its role on this parcel, until revoked. */
export interface Delegation {
  readonly principal: Principal;
  readonly delegateId: PartyId;
  readonly grantedAt: Instant;
}

/** The command ids already applied to this stream, newest first; a persistent list so evolve stays cheap. */
export type CommandTrail = { readonly commandId: CommandId; readonly previous: CommandTrail } | null;

/** One insured parcel: its booking, coverage, shipment, its current claim and the claims before it. */
export interface ParcelState {
  readonly parcelId: ParcelId | null;
  readonly booking: Booking | null;
  readonly coverage: Coverage | null;
  readonly shipment: Shipment | null;
  readonly claim: Claim | null;
  readonly earlierClaims: readonly Claim[];
  /** The delegations granted and not revoked, oldest first. */
  readonly delegations: readonly Delegation[];
  readonly lastEventAt: Instant | null;
  readonly commands: CommandTrail;
}

/** The state of a parcel before its first event: nothing booked, insured, shipped or claimed. */
export const initialState: ParcelState = {
  parcelId: null,
  booking: null,
  coverage: null,
  shipment: null,
  claim: null,
  earlierClaims: [],
  delegations: [],
  lastEventAt: null,
  commands: null,
};

const closedStatuses: ReadonlySet<ClaimStatus> = new Set<ClaimStatus>([
  'paid',
  'rejected',
  'lapsed',
  'withdrawn',
]);

/** Whether the claim has ended: paid, rejected, lapsed or withdrawn. */
export const isClosed = (claim: Claim): boolean => closedStatuses.has(claim.status);

/** The claim that is still running, if any. */
export const openClaim = (state: ParcelState): Claim | null =>
  state.claim !== null && !isClosed(state.claim) ? state.claim : null;
