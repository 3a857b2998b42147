import { isOverdue } from '../calendar/index.js';
import type { Claim } from '../decider/state.js';
import type { MissingDocument } from '../events/parts.js';
import type { Instant } from '../time/instant.js';

/**
 * R10: a claim lapses only while it is gathering documents and some required document is still
 * missing or rejected after its grace period (its stored due date) ended. Returns those documents;
 * none means no lapse.
 */
export const documentsPastGrace = (claim: Claim, now: Instant): readonly MissingDocument[] =>
  claim.status !== 'gathering-documents'
    ? []
    : claim.documents
        .filter((d) => d.status !== 'attached' && isOverdue(d.due, now))
        .map((d) => ({ documentType: d.documentType, owedBy: d.owedBy, dueAt: d.due.dueAt }));
