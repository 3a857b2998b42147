import { wholeStream } from '../decider/scopes.js';
import { decisionNowOverdue } from '../rules/k1-decision-due-date.js';
import { payoutNowOverdue } from '../rules/r09-payout-due-date.js';
import { documentsPastGrace } from '../rules/r10-lapse-for-missing-documents.js';
import { defineCommand, nothingToFind } from './define-command.js';

/** Writes the lapses and overdue flags that are due at `now`; nothing when none are. */
export const checkDeadlines = defineCommand(
  'CheckDeadlines',
  {},
  {
    roles: ['system', 'insurer', 'forwarder'],
    scope: wholeStream,
    rules: [],
    find: nothingToFind,
    decide: ({ state, command, at, commandId }) => {
      const { claim } = state;
      const { now } = command.data;
      if (claim === null) return [];
      const missing = documentsPastGrace(claim, now);
      if (missing.length > 0)
        return [
          {
            type: 'ClaimLapsed',
            data: { at, commandId, claimId: claim.claimId, missingDocuments: [...missing] },
          },
        ];
      if (decisionNowOverdue(claim, now) && claim.decisionDue !== null)
        return [
          {
            type: 'DecisionOverdue',
            data: { at, commandId, claimId: claim.claimId, dueAt: claim.decisionDue.dueAt },
          },
        ];
      if (payoutNowOverdue(claim, now) && claim.acceptance !== null)
        return [
          {
            type: 'PayoutOverdue',
            data: { at, commandId, claimId: claim.claimId, dueAt: claim.acceptance.payoutDue.dueAt },
          },
        ];
      return [];
    },
  },
);
