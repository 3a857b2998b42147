import * as E from 'fp-ts/lib/Either.js';
import { currentClaimScope } from '../decider/scopes.js';
import { ClaimId, NonEmptyText, PartyId } from '../ids.js';
import { documentProvision, lossConfirmationProvided } from '../rules/d1-document-provision.js';
import { claimInStatus } from '../rules/k1-claim-lifecycle.js';
import { claimStillOpen } from '../rules/r11-terminal-states-absorb.js';
import { ContentHash } from '../vocabulary/content-hash.js';
import { defineCommand } from './define-command.js';

/** The carrier's loss confirmation letter: the loss-confirmation document of a loss claim. */
export const confirmLoss = defineCommand(
  'ConfirmLoss',
  { claimId: ClaimId, carrierId: PartyId, reference: NonEmptyText, contentHash: ContentHash },
  {
    roles: ['carrier', 'forwarder'],
    scope: currentClaimScope,
    rules: [claimStillOpen, claimInStatus('gathering-documents'), lossConfirmationProvided],
    decide: ({ command, stamp, claim }) => {
      const { claimId, carrierId, reference, contentHash, actor, now } = command.data;
      const provider = documentProvision(claim, 'loss-confirmation', actor.role, now);
      if (E.isLeft(provider)) return provider;
      return E.right([
        {
          type: 'LossConfirmed',
          data: { ...stamp, claimId, carrierId, providedBy: provider.right, reference, contentHash },
        },
      ]);
    },
  },
);
