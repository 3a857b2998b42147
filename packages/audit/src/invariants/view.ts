import type {
  ClaimEvent,
  ClaimType,
  Deadline,
  EventOf,
  Instant,
  Money,
  PolicyRef,
  RecordedPayee,
  RecordedPaymentMethod,
} from '@parcel-claims/core';
import type { HistoryEntry } from './history-entry.js';

/**
 * A deliberately small picture of a parcel, rebuilt from the events alone without the core's
 * evolve: the invariants compare what each event claims with this picture of what came before.
 */
export interface DocumentView {
  readonly owedBy: string;
  due: Deadline;
  attached: boolean;
}

export type ClaimPhase =
  | 'gathering'
  | 'submitted'
  | 'needs-action'
  | 'accepted'
  | 'paid'
  | 'rejected'
  | 'lapsed'
  | 'withdrawn';

export interface ClaimView {
  readonly claimId: string;
  readonly claimType: ClaimType;
  /** The pieces the claim holds. */
  readonly pieceIds: readonly string[];
  readonly openedAt: Instant;
  readonly policy: PolicyRef;
  phase: ClaimPhase;
  readonly documents: Map<string, DocumentView>;
  decisionDue: Deadline | null;
  decisionOverdueFlagged: boolean;
  approved: Money | null;
  payoutDue: Deadline | null;
  payoutOverdueFlagged: boolean;
  paid: number;
  /** The amount paid, once paid. */
  paidAmount: Money | null;
  /** Minor units recovered from the carrier so far. */
  recovered: number;
  /** Whether pieces turned up after payout. */
  foundAfterPayout: boolean;
  /** How many repayments the insured made. */
  repaid: number;
  /** Working days of the decision clock used before it last ran again, and since when it runs (null while paused). */
  clockDaysUsed: number;
  clockRunningSince: Instant | null;
  appeals: number;
  rejectedAt: Instant | null;
  payee: RecordedPayee | null;
  method: RecordedPaymentMethod | null;
}

export interface ParcelView {
  booking: EventOf<'ParcelBooked'>['data'] | null;
  coverage: EventOf<'InsurancePurchased'>['data'] | null;
  pickedUp: boolean;
  atHub: boolean;
  shippedAt: Instant | null;
  handedOver: boolean;
  /** The carrier that took the parcel at the handover. */
  carrierId: string | null;
  /** `role/id` of each party a delegation lets act in a role, while it stands. */
  readonly delegates: Set<string>;
  lastMovementAt: Instant | null;
  deliveredAt: Instant | null;
  deliveredPieceIds: readonly string[];
  readonly claims: Map<string, ClaimView>;
  current: ClaimView | null;
  lastAt: Instant | null;
  readonly commandIds: Set<string>;
  lastCommandId: string | null;
}

/** How the view keys a delegate: the role it acts in and its id. */
export const delegateKey = (role: string, id: string): string => `${role}/${id}`;

const closedPhases: ReadonlySet<ClaimPhase> = new Set(['paid', 'rejected', 'lapsed', 'withdrawn']);
export const isClosedPhase = (phase: ClaimPhase): boolean => closedPhases.has(phase);

const later = (a: Instant | null, b: Instant): Instant =>
  a === null || Date.parse(b) > Date.parse(a) ? b : a;

const claimOf = (view: ParcelView, event: ClaimEvent): ClaimView | undefined =>
  'claimId' in event.data ? view.claims.get(event.data.claimId) : undefined;

const apply = (view: ParcelView, event: ClaimEvent): void => {
  const claim = claimOf(view, event);
  switch (event.type) {
    case 'ParcelBooked':
      view.booking = event.data;
      return;
    case 'InsurancePurchased':
      view.coverage = event.data;
      return;
    case 'ParcelPickedUp':
      view.pickedUp = true;
      return;
    case 'ParcelReceivedAtHub':
      view.atHub = true;
      return;
    case 'ParcelShipped':
      view.shippedAt = event.data.at;
      view.lastMovementAt = event.data.at;
      return;
    case 'ParcelHandedToCarrier':
      view.handedOver = true;
      view.carrierId = event.data.carrierId;
      view.lastMovementAt = later(view.lastMovementAt, event.data.at);
      return;
    case 'TrackingUpdated':
      view.lastMovementAt = later(view.lastMovementAt, event.data.scannedAt);
      return;
    case 'ParcelDelivered':
      view.deliveredAt = event.data.at;
      view.deliveredPieceIds = [...view.deliveredPieceIds, ...event.data.pieceIds];
      return;
    case 'InquiryOpened': {
      const opened: ClaimView = {
        claimId: event.data.claimId,
        claimType: event.data.claimType,
        pieceIds: event.data.pieceIds,
        openedAt: event.data.at,
        policy: event.data.policy,
        phase: 'gathering',
        documents: new Map(
          event.data.requiredDocuments.map((d) => [
            d.documentType,
            { owedBy: d.owedBy, due: d.due, attached: false },
          ]),
        ),
        decisionDue: null,
        decisionOverdueFlagged: false,
        approved: null,
        payoutDue: null,
        payoutOverdueFlagged: false,
        paid: 0,
        paidAmount: null,
        recovered: 0,
        foundAfterPayout: false,
        repaid: 0,
        clockDaysUsed: 0,
        clockRunningSince: null,
        appeals: 0,
        rejectedAt: null,
        payee: null,
        method: null,
      };
      view.claims.set(opened.claimId, opened);
      view.current = opened;
      return;
    }
    case 'DocumentAttached': {
      const document = claim?.documents.get(event.data.documentType);
      if (document !== undefined) document.attached = true;
      return;
    }
    case 'LossConfirmed': {
      const document = claim?.documents.get('loss-confirmation');
      if (document !== undefined) document.attached = true;
      return;
    }
    case 'DocumentRejected': {
      const document = claim?.documents.get(event.data.documentType);
      if (document !== undefined) {
        document.attached = false;
        document.due = event.data.due;
      }
      if (claim !== undefined) {
        claim.phase = 'gathering';
        claim.decisionDue = null;
        claim.decisionOverdueFlagged = false;
      }
      return;
    }
    case 'DocumentDeadlineExtended': {
      const document = claim?.documents.get(event.data.documentType);
      if (document !== undefined) document.due = event.data.due;
      return;
    }
    case 'ClaimSubmitted':
      if (claim !== undefined) {
        claim.phase = 'submitted';
        claim.decisionDue = event.data.decisionDue;
        claim.clockDaysUsed = 0;
        claim.clockRunningSince = event.data.at;
      }
      return;
    case 'InformationRequested':
      if (claim !== undefined) {
        claim.phase = 'needs-action';
        claim.clockDaysUsed = event.data.decisionDaysUsed;
        claim.clockRunningSince = null;
      }
      return;
    case 'InformationProvided':
      if (claim !== undefined) {
        claim.phase = 'submitted';
        claim.decisionDue = event.data.decisionDue;
        claim.clockRunningSince = event.data.at;
      }
      return;
    case 'ClaimAccepted':
      if (claim !== undefined) {
        claim.phase = 'accepted';
        claim.approved = event.data.approvedAmount;
        claim.payoutDue = event.data.payoutDue;
        claim.payee = event.data.payee;
        claim.method = event.data.method;
      }
      return;
    case 'ClaimRejected':
      if (claim !== undefined) {
        claim.phase = 'rejected';
        claim.rejectedAt = event.data.at;
      }
      return;
    case 'ClaimReopened':
      if (claim !== undefined) {
        claim.phase = 'submitted';
        claim.appeals = event.data.appeal;
        claim.decisionDue = event.data.decisionDue;
        claim.decisionOverdueFlagged = false;
        claim.clockDaysUsed = 0;
        claim.clockRunningSince = event.data.at;
      }
      return;
    case 'ClaimPaid':
      if (claim !== undefined) {
        claim.phase = 'paid';
        claim.paid += 1;
        claim.paidAmount = event.data.amount;
      }
      return;
    case 'RecoveryReceived':
      if (claim !== undefined) claim.recovered += event.data.amount.minorUnits;
      return;
    case 'ParcelFoundAfterPayout':
      if (claim !== undefined) claim.foundAfterPayout = true;
      return;
    case 'ClaimRepaid':
      if (claim !== undefined) claim.repaid += 1;
      return;
    case 'CarrierNotified':
    case 'CarrierNoticeMissed':
    case 'CarrierLiabilityAssessed':
    case 'RecoveryFiled':
    case 'RecoveryClosed':
    case 'GoodsSurrendered':
    case 'SalvageElectionOverdue':
      return;
    case 'PayoutOverdue':
      if (claim !== undefined) claim.payoutOverdueFlagged = true;
      return;
    case 'DecisionOverdue':
      if (claim !== undefined) claim.decisionOverdueFlagged = true;
      return;
    case 'ClaimLapsed':
      if (claim !== undefined) claim.phase = 'lapsed';
      return;
    case 'ClaimWithdrawn':
      if (claim !== undefined) claim.phase = 'withdrawn';
      return;
    case 'DelegationGranted':
      view.delegates.add(delegateKey(event.data.principal.role, event.data.delegateId));
      return;
    case 'DelegationRevoked':
      view.delegates.delete(delegateKey(event.data.principal.role, event.data.delegateId));
      return;
  }
  // Every event type returns above; a new one fails to compile here until it is applied.
  event satisfies never;
};

const emptyView = (): ParcelView => ({
  booking: null,
  coverage: null,
  pickedUp: false,
  atHub: false,
  shippedAt: null,
  handedOver: false,
  carrierId: null,
  delegates: new Set(),
  lastMovementAt: null,
  deliveredAt: null,
  deliveredPieceIds: [],
  claims: new Map(),
  current: null,
  lastAt: null,
  commandIds: new Set(),
  lastCommandId: null,
});

/**
 * Visits each entry with the view of everything before it, then applies it. The view is
 * mutable and shared between visits: read it inside the visit, do not keep it.
 */
export const walk = (
  history: readonly HistoryEntry[],
  visit: (entry: HistoryEntry, before: ParcelView, index: number) => void,
): void => {
  const view = emptyView();
  history.forEach((entry, index) => {
    visit(entry, view, index);
    apply(view, entry.event);
    view.lastAt = entry.event.data.at;
    view.commandIds.add(entry.event.data.commandId);
    view.lastCommandId = entry.event.data.commandId;
  });
};

/** The claim an event names, as it stood before the event. */
export const claimBefore = (view: ParcelView, event: ClaimEvent): ClaimView | undefined =>
  claimOf(view, event);
