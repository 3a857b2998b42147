import { Deadline } from '../calendar/index.js';
import { changeSlots, slotWith } from '../decider/draft-changes.js';
import { ClaimId } from '../ids.js';
import { DocumentType } from '../vocabulary/document-type.js';
import { defineEvent } from './define-event.js';

/** The insurer gave a party more time for a document. */
export const documentDeadlineExtended = defineEvent(
  'DocumentDeadlineExtended',
  { claimId: ClaimId, documentType: DocumentType, due: Deadline },
  (draft, data) => {
    changeSlots(draft, data.documentType, (d) => slotWith(d, d.status, data.due, d));
  },
);
