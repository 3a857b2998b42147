import { attach } from '../decider/draft-changes.js';
import { ClaimId, NonEmptyText, PartyId } from '../ids.js';
import { ContentHash } from '../vocabulary/content-hash.js';
import { DocumentOwner } from '../vocabulary/document-type.js';
import { defineEvent } from './define-event.js';

/** The carrier's loss confirmation letter: the loss-confirmation document of a loss claim. */
export const lossConfirmed = defineEvent(
  'LossConfirmed',
  {
    claimId: ClaimId,
    carrierId: PartyId,
    providedBy: DocumentOwner,
    reference: NonEmptyText,
    contentHash: ContentHash,
  },
  (draft, data) =>
    attach(draft, 'loss-confirmation', {
      providedBy: data.providedBy,
      reference: data.reference,
      contentHash: data.contentHash,
      providedAt: data.at,
    }),
);
