import { currentClaimScope } from '../decider/scopes.js';
import { ClaimId, NonEmptyText } from '../ids.js';
import { claimInStatus } from '../rules/k1-claim-lifecycle.js';
import { claimStillOpen } from '../rules/r11-terminal-states-absorb.js';
import { ClaimRejectionReason } from '../vocabulary/reasons.js';
import { defineCommand, nothingToFind } from './define-command.js';

/** The insurer refuses the claim, citing a reason. */
export const rejectClaim = defineCommand(
  'RejectClaim',
  { claimId: ClaimId, reason: ClaimRejectionReason, explanation: NonEmptyText },
  {
    roles: ['insurer'],
    scope: currentClaimScope,
    rules: [claimStillOpen, claimInStatus('submitted')],
    find: nothingToFind,
    decide: ({ command, at, commandId }) => {
      const { claimId, reason, explanation } = command.data;
      return [{ type: 'ClaimRejected', data: { at, commandId, claimId, reason, explanation } }];
    },
  },
);
