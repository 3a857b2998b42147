import { Deadline } from '../calendar/index.js';
import { changeSlots, slotWith } from '../decider/draft-changes.js';
import { ClaimId, NonEmptyText } from '../ids.js';
import { DocumentType } from '../vocabulary/document-type.js';
import { defineEvent } from './define-event.js';

/** The insurer refused a document; it must be replaced by `due`, which is never earlier than before. */
export const documentRejected = defineEvent(
  'DocumentRejected',
  { claimId: ClaimId, documentType: DocumentType, reason: NonEmptyText, due: Deadline },
  (draft, data) => {
    const claim = changeSlots(draft, data.documentType, (d) => slotWith(d, 'rejected', data.due, d));
    if (claim === null) return;
    claim.status = 'gathering-documents';
    claim.decisionDue = null;
    claim.decisionOverdue = false;
  },
);
