import { currentClaimScope } from '../decider/scopes.js';
import { ClaimId, NonEmptyText, PartyId } from '../ids.js';
import { lossConfirmationProviderFound } from '../rules/d1-document-provision.js';
import { claimInStatus } from '../rules/k1-claim-lifecycle.js';
import { carrierTookParcel } from '../rules/p2-parcel-party.js';
import { claimStillOpen } from '../rules/r11-terminal-states-absorb.js';
import { ContentHash } from '../vocabulary/content-hash.js';
import { defineCommand } from './define-command.js';

/**
 * The carrier's loss confirmation letter: the loss-confirmation document of a loss claim, from the
 * carrier that took the parcel, or relayed by the forwarder.
 */
export const confirmLoss = defineCommand(
  'ConfirmLoss',
  { claimId: ClaimId, carrierId: PartyId, reference: NonEmptyText, contentHash: ContentHash },
  {
    roles: ['carrier', 'forwarder'],
    scope: currentClaimScope,
    rules: [claimStillOpen, claimInStatus('gathering-documents'), carrierTookParcel],
    find: lossConfirmationProviderFound,
    decide: ({ command, at, commandId, providedBy }) => {
      const { claimId, carrierId, reference, contentHash } = command.data;
      return [
        {
          type: 'LossConfirmed',
          data: { at, commandId, claimId, carrierId, providedBy, reference, contentHash },
        },
      ];
    },
  },
);
