import { currentClaimScope } from '../decider/scopes.js';
import { ClaimId, NonEmptyText } from '../ids.js';
import { claimInStatus } from '../rules/k1-claim-lifecycle.js';
import { answeredByPartyAsked, resumedDecisionDue } from '../rules/k2-decision-clock.js';
import { claimStillOpen } from '../rules/r11-terminal-states-absorb.js';
import { ContentHash } from '../vocabulary/content-hash.js';
import { defineCommand, nothingToFind } from './define-command.js';

/** The party asked answers the insurer's request: the decision clock runs again, with the days it had left. */
export const answerInformationRequest = defineCommand(
  'AnswerInformationRequest',
  { claimId: ClaimId, answer: NonEmptyText, contentHash: ContentHash },
  {
    roles: ['seller', 'forwarder', 'carrier'],
    scope: currentClaimScope,
    rules: [claimStillOpen, claimInStatus('needs-action'), answeredByPartyAsked],
    find: nothingToFind,
    decide: ({ command, at, commandId, claim, terms }) => {
      const { answer, contentHash, now } = command.data;
      const clock = claim.decisionClock ?? { workingDaysUsed: 0, runningSince: null };
      const decisionDue = resumedDecisionDue(terms.calendar, terms.policy.parameters, clock, now);
      const answeredBy = claim.informationRequest?.askedOf ?? 'seller';
      return [
        {
          type: 'InformationProvided',
          data: { at, commandId, claimId: claim.claimId, answeredBy, answer, contentHash, decisionDue },
        },
      ];
    },
  },
);
