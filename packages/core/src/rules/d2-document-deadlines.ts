import * as E from 'fp-ts/lib/Either.js';
import { addCalendarDays, type BusinessCalendar, type Deadline } from '../calendar/index.js';
import { because, type Rejection } from '../decider/rejection.js';
import type { Claim, DocumentSlot } from '../decider/state.js';
import type { ClaimTerms } from '../decider/terms.js';
import type { PolicyParameters } from '../policy/parameters.js';
import { type Instant, isAfter } from '../time/instant.js';
import type { DocumentType } from '../vocabulary/document-type.js';
import { documentSlot } from './d1-document-provision.js';
import type { Finding } from './rule.js';

/** D1: only an attached document can be rejected. */
export const rejectableSlotFound: Finding<
  { claim: Claim; command: { data: { documentType: DocumentType } } },
  { slot: DocumentSlot }
> = {
  steps: [
    { rule: 'D1', name: 'document required' },
    { rule: 'D1', name: 'document attached' },
  ],
  find: ({ claim, command }) => {
    const slot = documentSlot(claim, command.data.documentType);
    if (E.isLeft(slot)) return slot;
    const refused = notAttached(slot.right);
    return refused === undefined ? E.right({ slot: slot.right }) : E.left(refused);
  },
};

const notAttached = (slot: DocumentSlot): Rejection | undefined =>
  slot.status === 'attached'
    ? undefined
    : {
        code: 'DocumentNotAttached',
        rule: 'D1',
        documentType: slot.documentType,
        message: because(
          'D1',
          `the ${slot.documentType} is ${slot.status}; only an attached document can be rejected`,
        ),
      };

/**
 * D2: a rejected document is due again no earlier than `resubmissionGrace` after the rejection,
 * and never earlier than it was due before.
 */
export const resubmissionDue = (
  slot: DocumentSlot,
  calendar: BusinessCalendar,
  p: PolicyParameters,
  now: Instant,
): Deadline => {
  const fresh = addCalendarDays(calendar, now, p.resubmissionGrace.value);
  return isAfter(fresh.dueAt, slot.due.dueAt) ? fresh : slot.due;
};

/**
 * D2: only forwarder and carrier documents are extendable (operators may take up to two months to
 * answer), only while still outstanding, and never beyond `carrierDocumentGraceLimit` after the inquiry.
 */
export const extendedDue = (
  claim: Claim,
  slot: DocumentSlot,
  calendar: BusinessCalendar,
  p: PolicyParameters,
  extendByDays: number,
): E.Either<Rejection, Deadline> => {
  const { documentType } = slot;
  if (slot.owedBy === 'seller')
    return E.left({
      code: 'DeadlineNotExtendable',
      rule: 'D2',
      documentType,
      owedBy: slot.owedBy,
      message: because(
        'D2',
        `the ${documentType} is owed by the seller; only forwarder and carrier deadlines extend`,
      ),
    });
  if (slot.status === 'attached')
    return E.left({
      code: 'DocumentAlreadyProvided',
      rule: 'D2',
      documentType,
      message: because('D2', `the ${documentType} is already provided; there is nothing to extend`),
    });
  const requested = addCalendarDays(calendar, slot.due.dueAt, extendByDays);
  const limit = addCalendarDays(calendar, claim.openedAt, p.carrierDocumentGraceLimit.value);
  if (isAfter(requested.dueAt, limit.dueAt))
    return E.left({
      code: 'ExtensionBeyondLimit',
      rule: 'D2',
      documentType,
      requestedDueAt: requested.dueAt,
      limitDueAt: limit.dueAt,
      message: because(
        'D2',
        `extending the ${documentType} to ${requested.localDate} passes the limit of ${p.carrierDocumentGraceLimit.value}` +
          ` days after the inquiry (${limit.localDate})`,
      ),
    });
  return E.right(requested);
};

/** D2: the new due date of the document a command names, found by {@link extendedDue}. */
export const extensionFound: Finding<
  {
    claim: Claim;
    terms: ClaimTerms;
    command: { data: { documentType: DocumentType; extendByDays: number } };
  },
  { due: Deadline }
> = {
  steps: [
    { rule: 'D1', name: 'document required' },
    { rule: 'D2', name: 'deadline extendable' },
  ],
  find: ({ claim, terms, command }) => {
    const slot = documentSlot(claim, command.data.documentType);
    if (E.isLeft(slot)) return slot;
    const { calendar, policy } = terms;
    return E.map((due: Deadline) => ({ due }))(
      extendedDue(claim, slot.right, calendar, policy.parameters, command.data.extendByDays),
    );
  },
};
