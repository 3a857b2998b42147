import { currentClaimScope } from '../decider/scopes.js';
import { ClaimId, NonEmptyText } from '../ids.js';
import { claimInStatus } from '../rules/k1-claim-lifecycle.js';
import { answerDueAhead, decisionClockRunning, decisionDaysUsed } from '../rules/k2-decision-clock.js';
import { claimStillOpen } from '../rules/r11-terminal-states-absorb.js';
import { Instant } from '../time/instant.js';
import { InformationSource, workingDaysUsed } from '../vocabulary/information.js';
import { defineCommand, nothingToFind } from './define-command.js';

/**
 * The insurer asks a party for more before deciding a submitted claim: the claim needs action and
 * the decision clock (`decisionAfterCompleteDossier` working days in the payer calendar) pauses.
 */
export const requestInformation = defineCommand(
  'RequestInformation',
  { claimId: ClaimId, question: NonEmptyText, askedOf: InformationSource, answerDue: Instant },
  {
    roles: ['insurer'],
    scope: currentClaimScope,
    rules: [claimStillOpen, claimInStatus('submitted'), decisionClockRunning, answerDueAhead],
    find: nothingToFind,
    decide: ({ command, at, commandId, claim, terms }) => {
      const { question, askedOf, answerDue, now } = command.data;
      const used = workingDaysUsed(
        claim.decisionClock === null ? 0 : decisionDaysUsed(terms.calendar, claim.decisionClock, now),
      );
      return [
        {
          type: 'InformationRequested',
          data: {
            at,
            commandId,
            claimId: claim.claimId,
            question,
            askedOf,
            answerDue,
            decisionDaysUsed: used,
          },
        },
      ];
    },
  },
);
