import { currentClaimScope } from '../decider/scopes.js';
import { ClaimId, NonEmptyText } from '../ids.js';
import { providerFound } from '../rules/d1-document-provision.js';
import { claimInStatus } from '../rules/k1-claim-lifecycle.js';
import { claimStillOpen } from '../rules/r11-terminal-states-absorb.js';
import { ContentHash } from '../vocabulary/content-hash.js';
import { AttachableDocumentType } from '../vocabulary/document-type.js';
import { defineCommand } from './define-command.js';

/** A party provides a document of the dossier. */
export const attachDocument = defineCommand(
  'AttachDocument',
  {
    claimId: ClaimId,
    documentType: AttachableDocumentType,
    reference: NonEmptyText,
    contentHash: ContentHash,
  },
  {
    roles: ['seller', 'forwarder', 'carrier'],
    scope: currentClaimScope,
    rules: [claimStillOpen, claimInStatus('gathering-documents')],
    find: providerFound,
    decide: ({ command, at, commandId, providedBy }) => {
      const { claimId, documentType, reference, contentHash } = command.data;
      return [
        {
          type: 'DocumentAttached',
          data: { at, commandId, claimId, documentType, providedBy, reference, contentHash },
        },
      ];
    },
  },
);
