import * as E from 'fp-ts/lib/Either.js';
import { addCalendarDays, type BusinessCalendar, type Deadline } from '../calendar/index.js';
import { because, type Rejection } from '../decider/rejection.js';
import type { Claim, DocumentSlot } from '../decider/state.js';
import type { ClaimTerms } from '../decider/terms.js';
import type { PolicyParameters } from '../policy/parameters.js';
import { type Instant, isAfter } from '../time/instant.js';
import type { DocumentType } from '../vocabulary/document-type.js';
import { documentSlot } from './d1-document-provision.js';
import { refusalOf, rule } from './rule.js';

/** D1: only an attached document can be rejected. */
export const rejectable = rule(
  'D1',
  'document attached',
  ({ claim, command }: { claim: Claim; command: { data: { documentType: DocumentType } } }) => {
    const slot = documentSlot(claim, command.data.documentType);
    return E.isLeft(slot) ? undefined : notAttached(slot.right);
  },
);

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

/** D2, as a rule: the deadline of the document a command names may be extended as asked. */
export const extendable = rule(
  'D2',
  'deadline extendable',
  (given: {
    claim: Claim;
    terms: ClaimTerms;
    command: { data: { documentType: DocumentType; extendByDays: number } };
  }) => {
    const { claim, terms, command } = given;
    const slot = documentSlot(claim, command.data.documentType);
    if (E.isLeft(slot)) return undefined;
    const { calendar, policy } = terms;
    return refusalOf(extendedDue(claim, slot.right, calendar, policy.parameters, command.data.extendByDays));
  },
);
