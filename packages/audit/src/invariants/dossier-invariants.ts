import type { PolicyParameters } from '@parcel-claims/core';
import { addCalendarDays } from '@parcel-claims/core';
import * as E from 'fp-ts/lib/Either.js';
import { collect, DAY_MS, millis, parametersOf } from './collect.js';
import type { Invariant } from './invariant.js';
import { claimBefore, type ParcelView } from './view.js';

/** The dossiers as the claims domain lists them; kept here on purpose, apart from the core's table. */
const dossiers = {
  loss: 'outbound-record:forwarder proof-of-value:seller proof-of-handover:forwarder buyer-dispute-evidence:seller loss-confirmation:carrier',
  damage:
    'outbound-record:forwarder proof-of-value:seller proof-of-handover:forwarder damage-photos:seller repair-estimate:seller',
  'partial-loss':
    'outbound-record:forwarder proof-of-value:seller proof-of-handover:forwarder buyer-dispute-evidence:seller loss-confirmation:carrier packing-list:seller',
  'missing-contents':
    'outbound-record:forwarder proof-of-value:seller proof-of-handover:forwarder packaging-photos:seller delivery-weight-record:carrier',
  'theft-after-delivery': 'proof-of-value:seller proof-of-delivery:carrier non-receipt-statement:seller',
} as const;

/**
 * The police report a theft-after-delivery claim adds, unless the goods value of the pieces it
 * claims is in the coverage's (and the threshold's) currency and at most the threshold.
 */
const policeReportOf = (
  before: ParcelView,
  pieceIds: readonly string[],
  p: PolicyParameters | undefined,
): string => {
  const claimed = (before.booking?.pieces ?? []).filter((piece) => pieceIds.includes(piece.pieceId));
  const currency = before.coverage?.insuredValue.currency;
  const threshold = p?.policeReportThreshold.value;
  const comparable =
    threshold !== undefined &&
    threshold.currency === currency &&
    claimed.every((piece) => piece.goodsValue.currency === currency);
  const total = claimed.reduce((sum, piece) => sum + piece.goodsValue.minorUnits, 0);
  return comparable && total <= threshold.minorUnits ? '' : ' police-report:seller';
};

/** R6: a claim is submitted only with every required document attached and none rejected. */
export const r6CompleteDossier: Invariant = {
  rule: 'R6',
  statement: 'a claim is submitted only when every required document is attached and not rejected',
  check: collect('R6', (event, before) => {
    if (event.type !== 'ClaimSubmitted') return undefined;
    const missing = [...(claimBefore(before, event)?.documents ?? new Map())].filter(([, d]) => !d.attached);
    return missing.length === 0 ? undefined : `submitted without ${missing.map(([type]) => type).join(', ')}`;
  }),
};

/** D1: the right dossier with the right grace, provided once, by an allowed party, on time. */
export const d1DocumentProvision: Invariant = {
  rule: 'D1',
  statement:
    'each claim type has its dossier (a theft claim above the threshold adds a police report); a document is provided once, by its owner or the forwarder, by its due date and within the filing deadline after dispatch',
  check: (history, context) =>
    collect('D1', (event, before) => {
      if (event.type === 'InquiryOpened') {
        const listed = event.data.requiredDocuments.map((d) => `${d.documentType}:${d.owedBy}`).join(' ');
        const p = parametersOf(before, context);
        const expected =
          dossiers[event.data.claimType] +
          (event.data.claimType === 'theft-after-delivery'
            ? policeReportOf(before, event.data.pieceIds, p)
            : '');
        if (listed !== expected) return `the ${event.data.claimType} dossier is ${listed}`;
        const wrongGrace = event.data.requiredDocuments.find(
          (d) =>
            d.due.basis.unit !== 'calendar-days' ||
            d.due.from !== event.data.at ||
            d.due.basis.count !==
              (d.owedBy === 'seller' ? p?.sellerDocumentGrace.value : p?.carrierDocumentGrace.value),
        );
        return wrongGrace === undefined ? undefined : `${wrongGrace.documentType} has the wrong grace period`;
      }
      if (event.type !== 'DocumentAttached' && event.type !== 'LossConfirmed') return undefined;
      const type = event.type === 'LossConfirmed' ? 'loss-confirmation' : event.data.documentType;
      const document = claimBefore(before, event)?.documents.get(type);
      if (document === undefined) return `${type} is not part of this claim's dossier`;
      if (document.attached) return `${type} provided twice`;
      if (event.data.providedBy !== document.owedBy && event.data.providedBy !== 'forwarder')
        return `${type} provided by the ${event.data.providedBy}`;
      if (millis(event.data.at) > millis(document.due.dueAt)) return `${type} provided after its due date`;
      const p = parametersOf(before, context);
      return before.shippedAt !== null &&
        p !== undefined &&
        millis(event.data.at) - millis(before.shippedAt) > p.filingDeadline.value * DAY_MS
        ? `${type} provided after the filing deadline`
        : undefined;
    })(history),
};

/** D2: rejected documents get time to be replaced; extensions only for forwarder and carrier documents, within the limit. */
export const d2DocumentDeadlines: Invariant = {
  rule: 'D2',
  statement:
    'a rejected document is due no earlier than the resubmission grace; extensions only for outstanding forwarder and carrier documents, within the limit',
  check: (history, context) =>
    collect('D2', (event, before) => {
      if (event.type !== 'DocumentRejected' && event.type !== 'DocumentDeadlineExtended') return undefined;
      const claim = claimBefore(before, event);
      const document = claim?.documents.get(event.data.documentType);
      const p = parametersOf(before, context);
      const calendar = context.calendars.resolve(event.data.due.calendar.id);
      if (claim === undefined || document === undefined || p === undefined || E.isLeft(calendar))
        return `${event.type} for a document, claim, policy or calendar that is not known`;
      const newDue = millis(event.data.due.dueAt);
      if (newDue < millis(document.due.dueAt))
        return `${event.data.documentType} is now due earlier than before`;
      if (event.type === 'DocumentRejected') {
        if (!document.attached) return `${event.data.documentType} rejected while not attached`;
        const grace = addCalendarDays(calendar.right, event.data.at, p.resubmissionGrace.value);
        return newDue < millis(grace.dueAt) ? 'less than the resubmission grace to replace it' : undefined;
      }
      if (document.owedBy === 'seller') return 'a seller document extended';
      if (document.attached) return 'an extension for a document already provided';
      const limit = addCalendarDays(calendar.right, claim.openedAt, p.carrierDocumentGraceLimit.value);
      return newDue > millis(limit.dueAt) ? 'extended beyond the limit after the inquiry' : undefined;
    })(history),
};

/** R10: a claim lapses only while gathering, exactly for the documents still missing after their due date. */
export const r10LapseForMissingDocuments: Invariant = {
  rule: 'R10',
  statement: 'a claim lapses only if its grace period passed with required documents still missing',
  check: collect('R10', (event, before) => {
    if (event.type !== 'ClaimLapsed') return undefined;
    const claim = claimBefore(before, event);
    if (claim === undefined || claim.phase !== 'gathering') return 'lapsed while not gathering documents';
    const overdue = [...claim.documents]
      .filter(([, d]) => !d.attached && millis(d.due.dueAt) < millis(event.data.at))
      .map(([type, d]) => `${type}@${d.due.dueAt}`);
    const listed = event.data.missingDocuments.map((d) => `${d.documentType}@${d.dueAt}`);
    if (overdue.length === 0) return 'lapsed with no document past its due date';
    return listed.join() === overdue.join()
      ? undefined
      : `lapsed for ${listed.join()} but overdue were ${overdue.join()}`;
  }),
};
