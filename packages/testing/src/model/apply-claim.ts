import assert from 'node:assert/strict';
import type { ClaimEvent } from '@parcel-claims/core';
import { eventOf } from './event-of.js';
import type { CommandOf, ModelCommand } from './model-command.js';
import { dossier, graceDays, period } from './model-policy.js';
import type { ClaimModel, DocumentModel } from './parcel-model.js';
import { storedWorkingDayDeadline } from './stored-deadlines.js';
import { endOfShanghaiDayAfter, iso } from './time.js';
import type { DocumentType } from './vocabulary.js';

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

const afterDeadlineCheck = (claim: ClaimModel, now: number, events: readonly ClaimEvent[]): ClaimModel => {
  const [event] = events;
  switch (event?.type) {
    case 'ClaimLapsed': {
      const expected = claim.documents.filter((d) => d.status !== 'attached' && now > d.dueAt);
      assert.deepEqual(
        event.data.missingDocuments.map((d) => [d.documentType, d.dueAt]),
        expected.map((d) => [d.documentType, iso(d.dueAt)]),
        'ClaimLapsed names exactly the documents still out after their due date',
      );
      return { ...claim, status: 'lapsed' };
    }
    case 'DecisionOverdue':
      assert.equal(
        Date.parse(event.data.dueAt),
        claim.decisionDueAt,
        'DecisionOverdue: the stored decision due date',
      );
      return { ...claim, decisionFlagged: true };
    case 'PayoutOverdue':
      assert.equal(
        Date.parse(event.data.dueAt),
        claim.payoutDueAt,
        'PayoutOverdue: the due date stored in ClaimAccepted',
      );
      return { ...claim, payoutFlagged: true };
    default:
      return claim;
  }
};

/** The claim after one of its own commands (or a deadline check) was accepted with `events`. */
export const applyToClaim = (
  claim: ClaimModel,
  c: ModelCommand,
  events: readonly ClaimEvent[],
): ClaimModel => {
  switch (c.type) {
    case 'AttachDocument':
      return withDocument(claim, c.documentType, { status: 'attached' });
    case 'ConfirmLoss':
      return withDocument(claim, 'loss-confirmation', { status: 'attached' });
    case 'RejectDocument': {
      const before = claim.documents.find((d) => d.documentType === c.documentType)?.dueAt ?? 0;
      const dueAt = Math.max(endOfShanghaiDayAfter(c.now, period.resubmissionGraceDays), before);
      sameDue(
        `DocumentRejected ${c.documentType}`,
        eventOf(events, 'DocumentRejected').data.due.dueAt,
        dueAt,
      );
      // A rejected document sends a submitted dossier back to gathering, and its decision clock stops.
      const back = { ...claim, status: 'gathering' as const, decisionDueAt: null, decisionFlagged: false };
      return withDocument(back, c.documentType, { status: 'rejected', dueAt });
    }
    case 'ExtendDocumentDeadline': {
      const before = claim.documents.find((d) => d.documentType === c.documentType)?.dueAt ?? 0;
      const dueAt = endOfShanghaiDayAfter(before, c.days);
      sameDue(
        `DocumentDeadlineExtended ${c.documentType}`,
        eventOf(events, 'DocumentDeadlineExtended').data.due.dueAt,
        dueAt,
      );
      return withDocument(claim, c.documentType, { dueAt });
    }
    case 'SubmitClaim': {
      const due = eventOf(events, 'ClaimSubmitted').data.decisionDue;
      const decisionDueAt = storedWorkingDayDeadline('decision due', due, c.now, period.decisionWorkingDays);
      return { ...claim, status: 'submitted', decisionDueAt };
    }
    case 'AcceptClaim': {
      const data = eventOf(events, 'ClaimAccepted').data;
      assert.deepEqual(data.approvedAmount, c.approved, 'ClaimAccepted: approved amount');
      const payoutDueAt = storedWorkingDayDeadline(
        'payout due',
        data.payoutDue,
        c.now,
        period.payoutWorkingDays,
      );
      return { ...claim, status: 'accepted', approved: c.approved, payoutDueAt };
    }
    case 'RejectClaim':
      return { ...claim, status: 'rejected' };
    case 'PayClaim':
      return { ...claim, status: 'paid', paid: c.amount };
    case 'WithdrawClaim':
      return { ...claim, status: 'withdrawn' };
    case 'CheckDeadlines':
      return afterDeadlineCheck(claim, c.now, events);
    default:
      return claim;
  }
};
