import * as t from 'io-ts';
import { Deadline, PositiveInteger } from '../calendar/index.js';
import { closed } from '../codec/closed.js';
import { claimToChange } from '../decider/parcel-draft.js';
import { ClaimId, NonEmptyText } from '../ids.js';
import { ContentHash } from '../vocabulary/content-hash.js';
import { DocumentType } from '../vocabulary/document-type.js';
import { defineEvent } from './define-event.js';

/** A document an appeal brings: its type, reference and content hash. */
export const AppealDocument = closed({
  documentType: DocumentType,
  reference: NonEmptyText,
  contentHash: ContentHash,
});
export type AppealDocument = t.TypeOf<typeof AppealDocument>;

/**
 * An appeal against the rejection reopened the claim: it is with the insurer again, with the new
 * documents, to be decided by `decisionDue` (a fresh decision clock). `appeal` counts the appeals
 * of this claim, this one included.
 */
export const claimReopened = defineEvent(
  'ClaimReopened',
  {
    claimId: ClaimId,
    appeal: PositiveInteger,
    grounds: NonEmptyText,
    documents: t.array(AppealDocument),
    decisionDue: Deadline,
  },
  (draft, data) => {
    const claim = claimToChange(draft);
    if (claim === null) return;
    claim.status = 'submitted';
    claim.closure = null;
    claim.appeals = data.appeal;
    claim.decisionDue = data.decisionDue;
    claim.decisionOverdue = false;
    claim.decisionClock = { workingDaysUsed: 0, runningSince: data.at };
  },
);
