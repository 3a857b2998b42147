import { currentClaimScope } from '../decider/scopes.js';
import { ClaimId } from '../ids.js';
import { claimInStatus } from '../rules/k1-claim-lifecycle.js';
import { decisionDueDate } from '../rules/k1-decision-due-date.js';
import { dossierComplete } from '../rules/r06-dossier-complete.js';
import { claimStillOpen } from '../rules/r11-terminal-states-absorb.js';
import { defineCommand, nothingToFind } from './define-command.js';

/** Sends the complete dossier to the insurer, who decides by the decision due date. */
export const submitClaim = defineCommand(
  'SubmitClaim',
  { claimId: ClaimId },
  {
    roles: ['seller', 'forwarder'],
    scope: currentClaimScope,
    rules: [claimStillOpen, claimInStatus('gathering-documents'), dossierComplete],
    find: nothingToFind,
    decide: ({ command, at, commandId, claim, terms }) => {
      const decisionDue = decisionDueDate(terms.calendar, terms.policy.parameters, command.data.now);
      return [{ type: 'ClaimSubmitted', data: { at, commandId, claimId: claim.claimId, decisionDue } }];
    },
  },
);
