import * as E from 'fp-ts/lib/Either.js';
import { currentClaimScope } from '../decider/scopes.js';
import { ClaimId, NonEmptyText } from '../ids.js';
import { documentProvided, documentProvision } from '../rules/d1-document-provision.js';
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
    rules: [claimStillOpen, claimInStatus('gathering-documents'), documentProvided],
    decide: ({ command, stamp, claim }) => {
      const { claimId, documentType, reference, contentHash, actor, now } = command.data;
      const provider = documentProvision(claim, documentType, actor.role, now);
      if (E.isLeft(provider)) return provider;
      return E.right([
        {
          type: 'DocumentAttached',
          data: { ...stamp, claimId, documentType, providedBy: provider.right, reference, contentHash },
        },
      ]);
    },
  },
);
