import assert from 'node:assert/strict';
import type { ClaimEvent, EventOf } from '@parcel-claims/core';
import { eventOf } from './event-of.js';
import { claimedPieceIds } from './judge-inquiry.js';
import type { CommandOf } from './model-command.js';
import { dossier, graceDays, period } from './model-policy.js';
import type { ClaimModel, DocumentModel, ParcelModel } from './parcel-model.js';
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

/**
 * A new claim on the pieces the model predicts, gathering its dossier; seller documents due in 30
 * calendar days, the others in 60.
 */
export const openedClaim = (
  parcel: ParcelModel,
  c: CommandOf<'OpenInquiry'>,
  events: readonly ClaimEvent[],
): ClaimModel => {
  const pieceIds = claimedPieceIds(parcel, c);
  assert.ok(
    typeof pieceIds !== 'string',
    `InquiryOpened ${c.claimId} accepted, but the model finds: ${pieceIds}`,
  );
  const documents = dossier[c.claimType].map(
    (r): DocumentModel => ({
      ...r,
      status: 'missing',
      dueAt: endOfShanghaiDayAfter(c.now, graceDays(r.owedBy)),
    }),
  );
  const opened = eventOf(events, 'InquiryOpened').data;
  assert.deepEqual(opened.pieceIds, pieceIds, `InquiryOpened ${c.claimId}: the pieces claimed`);
  const stored = opened.requiredDocuments.map((d) => [d.documentType, d.owedBy, d.due.dueAt]);
  assert.deepEqual(
    stored,
    documents.map((d) => [d.documentType, d.owedBy, iso(d.dueAt)]),
    `InquiryOpened ${c.claimId}: required documents and due dates`,
  );
  const claim: ClaimModel = {
    claimId: c.claimId,
    claimType: c.claimType,
    pieceIds,
    status: 'gathering',
    openedAt: c.now,
    documents,
    decisionDueAt: null,
    decisionFlagged: false,
    approved: null,
    payoutDueAt: null,
    payoutFlagged: false,
    paid: null,
    acceptedAt: null,
    noticeFlagged: false,
    foundAt: null,
    electionFlagged: false,
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
  DelegationGranted: kept,
  DelegationRevoked: kept,
  CarrierNoticeMissed: (claim) => ({ ...claim, noticeFlagged: true }),
  ParcelFoundAfterPayout: kept,
  SalvageElectionOverdue: (claim) => ({ ...claim, electionFlagged: true }),
};

const afterCheckEvent = <T extends EventType>(
  claim: ClaimModel,
  event: EventOfType<T>,
  now: number,
): ClaimModel => afterCheck[event.type](claim, event, now);

/** The claim after a deadline check wrote `events`; nothing changes when it wrote none. */
/** An event of a type the model knows: a deadline check writes no delegation and no step it leaves out. */
const isModelled = (event: ClaimEvent): event is EventOfType<EventType> =>
  Object.hasOwn(afterCheck, event.type);

const afterDeadlineCheck = (claim: ClaimModel, now: number, events: readonly ClaimEvent[]): ClaimModel => {
  const [event] = events;
  return event === undefined || !isModelled(event) ? claim : afterCheckEvent(claim, event, now);
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
    return { ...claim, status: 'accepted', approved: c.approved, payoutDueAt, acceptedAt: c.now };
  },
  RejectClaim: (claim) => ({ ...claim, status: 'rejected' }),
  PayClaim: (claim, c) => ({ ...claim, status: 'paid', paid: c.amount }),
  WithdrawClaim: (claim) => ({ ...claim, status: 'withdrawn' }),
  CheckDeadlines: (claim, c, events) => afterDeadlineCheck(claim, c.now, events),
  GrantDelegation: kept,
  RevokeDelegation: kept,
};

/** The claim after one of its own commands (or a deadline check) was accepted with `events`. */
export const applyToClaim = <T extends CommandType>(
  claim: ClaimModel,
  c: CommandOf<T>,
  events: readonly ClaimEvent[],
): ClaimModel => claimChanges[c.type](claim, c, events);
