import { attach } from '../decider/draft-changes.js';
import { ClaimId, NonEmptyText } from '../ids.js';
import { ContentHash } from '../vocabulary/content-hash.js';
import { DocumentOwner, DocumentType } from '../vocabulary/document-type.js';
import { defineEvent } from './define-event.js';

/** A party provided a document of the dossier. */
export const documentAttached = defineEvent(
  'DocumentAttached',
  {
    claimId: ClaimId,
    documentType: DocumentType,
    providedBy: DocumentOwner,
    reference: NonEmptyText,
    contentHash: ContentHash,
  },
  (draft, data) =>
    attach(draft, data.documentType, {
      providedBy: data.providedBy,
      reference: data.reference,
      contentHash: data.contentHash,
      providedAt: data.at,
    }),
);
