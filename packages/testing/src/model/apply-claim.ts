import assert from 'node:assert/strict';
import type { ClaimEvent, EventOf } from '@parcel-claims/core';
import { eventOf } from './event-of.js';
import type { CommandOf } from './model-command.js';
import { dossier, graceDays, period } from './model-policy.js';
import type { ClaimModel, DocumentModel } from './parcel-model.js';
import { storedWorkingDayDeadline } from './stored-deadlines.js';
import { endOfShanghaiDayAfter, iso } from './time.js';
import type { CommandType, DocumentType, EventType } from './vocabulary.js';

const withDocument = (
  claim: ClaimModel,
  documentType: DocumentType,
  change: Partial<DocumentModel>,
): ClaimModel => ({
  ...claim,
  documents: claim.documents.map((d) => (d.documentType === documentType ? { ...d, ...change } : d)),
});

const sameDue = (what: string, stored: string, expected: number): void =>
  assert.equal(stored, iso(expected), `${what}: stored due ${stored}, the model expects ${iso(expected)}`);

/** A new claim, gathering its dossier; seller documents due in 30 calendar days, the others in 60. */
export const openedClaim = (c: CommandOf<'OpenInquiry'>, events: readonly ClaimEvent[]): ClaimModel => {
  const documents = dossier[c.claimType].map(
    (r): DocumentModel => ({
      ...r,
      status: 'missing',
      dueAt: endOfShanghaiDayAfter(c.now, graceDays(r.owedBy)),
    }),
  );
  const stored = eventOf(events, 'InquiryOpened').data.requiredDocuments.map((d) => [
    d.documentType,
    d.owedBy,
    d.due.dueAt,
  ]);
  assert.deepEqual(
    stored,
    documents.map((d) => [d.documentType, d.owedBy, iso(d.dueAt)]),
    `InquiryOpened ${c.claimId}: required documents and due dates`,
  );
  const claim: ClaimModel = {
    claimId: c.claimId,
    claimType: c.claimType,
    status: 'gathering',
    openedAt: c.now,
    documents,
    decisionDueAt: null,
    decisionFlagged: false,
    approved: null,
    payoutDueAt: null,
    payoutFlagged: false,
    paid: null,
  };
  return claim;
};

const kept = (claim: ClaimModel): ClaimModel => claim;

/** A core event of one of the types `T`, written as a mapping over `T` so its `type` picks its own entry. */
type EventOfType<T extends EventType> = { [K in T]: EventOf<K> }[T];

/**
 * What the first event of a deadline check does to the claim. A check writes only the first three;
 * the caller has checked the types against the model's verdict, so the others never come here, and
 * each says so by keeping the claim as it is.
 */
const afterCheck: {
  readonly [T in EventType]: (claim: ClaimModel, event: EventOf<T>, now: number) => ClaimModel;
} = {
  ClaimLapsed: (claim, event, now) => {
    const expected = claim.documents.filter((d) => d.status !== 'attached' && now > d.dueAt);
    assert.deepEqual(
      event.data.missingDocuments.map((d) => [d.documentType, d.dueAt]),
      expected.map((d) => [d.documentType, iso(d.dueAt)]),
      'ClaimLapsed names exactly the documents still out after their due date',
    );
    return { ...claim, status: 'lapsed' };
  },
  DecisionOverdue: (claim, event) => {
    assert.equal(
      Date.parse(event.data.dueAt),
      claim.decisionDueAt,
      'DecisionOverdue: the stored decision due date',
    );
    return { ...claim, decisionFlagged: true };
  },
  PayoutOverdue: (claim, event) => {
    assert.equal(
      Date.parse(event.data.dueAt),
      claim.payoutDueAt,
      'PayoutOverdue: the due date stored in ClaimAccepted',
    );
    return { ...claim, payoutFlagged: true };
  },
  ParcelBooked: kept,
  InsurancePurchased: kept,
  ParcelPickedUp: kept,
  ParcelReceivedAtHub: kept,
  ParcelShipped: kept,
  ParcelHandedToCarrier: kept,
  TrackingUpdated: kept,
  ParcelDelivered: kept,
  InquiryOpened: kept,
  DocumentAttached: kept,
  DocumentRejected: kept,
  DocumentDeadlineExtended: kept,
  LossConfirmed: kept,
  ClaimSubmitted: kept,
  ClaimAccepted: kept,
  ClaimRejected: kept,
  ClaimPaid: kept,
  ClaimWithdrawn: kept,
};

const afterCheckEvent = <T extends EventType>(
  claim: ClaimModel,
  event: EventOfType<T>,
  now: number,
): ClaimModel => afterCheck[event.type](claim, event, now);

/** The claim after a deadline check wrote `events`; nothing changes when it wrote none. */
const afterDeadlineCheck = (claim: ClaimModel, now: number, events: readonly ClaimEvent[]): ClaimModel => {
  const [event] = events;
  // A deadline check never writes a delegation or a step of a decision.
  return event === undefined ||
    event.type === 'DelegationGranted' ||
    event.type === 'DelegationRevoked' ||
    event.type === 'InformationRequested' ||
    event.type === 'InformationProvided' ||
    event.type === 'ClaimReopened'
    ? claim
    : afterCheckEvent(claim, event, now);
};

/** What each command does to the parcel's current claim; the parcel's own commands leave it be. */
const claimChanges: {
  readonly [T in CommandType]: (
    claim: ClaimModel,
    c: CommandOf<T>,
    events: readonly ClaimEvent[],
  ) => ClaimModel;
} = {
  BookParcel: kept,
  PurchaseInsurance: kept,
  RecordPickup: kept,
  RecordHubArrival: kept,
  ShipParcel: kept,
  HandOverToCarrier: kept,
  RecordTrackingUpdate: kept,
  RecordDelivery: kept,
  OpenInquiry: kept,
  AttachDocument: (claim, c) => withDocument(claim, c.documentType, { status: 'attached' }),
  ConfirmLoss: (claim) => withDocument(claim, 'loss-confirmation', { status: 'attached' }),
  RejectDocument: (claim, c, events) => {
    const before = claim.documents.find((d) => d.documentType === c.documentType)?.dueAt ?? 0;
    const dueAt = Math.max(endOfShanghaiDayAfter(c.now, period.resubmissionGraceDays), before);
    sameDue(`DocumentRejected ${c.documentType}`, eventOf(events, 'DocumentRejected').data.due.dueAt, dueAt);
    // A rejected document sends a submitted dossier back to gathering, and its decision clock stops.
    const back = { ...claim, status: 'gathering' as const, decisionDueAt: null, decisionFlagged: false };
    return withDocument(back, c.documentType, { status: 'rejected', dueAt });
  },
  ExtendDocumentDeadline: (claim, c, events) => {
    const before = claim.documents.find((d) => d.documentType === c.documentType)?.dueAt ?? 0;
    const dueAt = endOfShanghaiDayAfter(before, c.days);
    sameDue(
      `DocumentDeadlineExtended ${c.documentType}`,
      eventOf(events, 'DocumentDeadlineExtended').data.due.dueAt,
      dueAt,
    );
    return withDocument(claim, c.documentType, { dueAt });
  },
  SubmitClaim: (claim, c, events) => {
    const due = eventOf(events, 'ClaimSubmitted').data.decisionDue;
    const decisionDueAt = storedWorkingDayDeadline('decision due', due, c.now, period.decisionWorkingDays);
    return { ...claim, status: 'submitted', decisionDueAt };
  },
  AcceptClaim: (claim, c, events) => {
    const data = eventOf(events, 'ClaimAccepted').data;
    assert.deepEqual(data.approvedAmount, c.approved, 'ClaimAccepted: approved amount');
    const payoutDueAt = storedWorkingDayDeadline(
      'payout due',
      data.payoutDue,
      c.now,
      period.payoutWorkingDays,
    );
    return { ...claim, status: 'accepted', approved: c.approved, payoutDueAt };
  },
  RejectClaim: (claim) => ({ ...claim, status: 'rejected' }),
  PayClaim: (claim, c) => ({ ...claim, status: 'paid', paid: c.amount }),
  WithdrawClaim: (claim) => ({ ...claim, status: 'withdrawn' }),
  CheckDeadlines: (claim, c, events) => afterDeadlineCheck(claim, c.now, events),
};

/** The claim after one of its own commands (or a deadline check) was accepted with `events`. */
export const applyToClaim = <T extends CommandType>(
  claim: ClaimModel,
  c: CommandOf<T>,
  events: readonly ClaimEvent[],
): ClaimModel => claimChanges[c.type](claim, c, events);
