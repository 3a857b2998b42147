import * as t from 'io-ts';
import { positiveInteger } from '../calendar/index.js';
import { currentClaimScope } from '../decider/scopes.js';
import { AppealDocument } from '../events/claim-reopened.js';
import { ClaimId, NonEmptyText } from '../ids.js';
import { claimInStatus } from '../rules/k1-claim-lifecycle.js';
import { decisionDueDate } from '../rules/k1-decision-due-date.js';
import {
  appealBringsNewDocuments,
  appealInWindow,
  appealsLeft,
  lossNotDisproved,
} from '../rules/k3-appeals.js';
import { defineCommand, nothingToFind } from './define-command.js';

/**
 * The seller (or the forwarder for it) appeals a rejection with new documents: the claim is
 * reopened and the insurer decides again within `decisionAfterCompleteDossier` working days.
 */
export const appealRejection = defineCommand(
  'AppealRejection',
  { claimId: ClaimId, grounds: NonEmptyText, documents: t.array(AppealDocument) },
  {
    roles: ['seller', 'forwarder'],
    scope: currentClaimScope,
    rules: [
      claimInStatus('rejected'),
      lossNotDisproved,
      appealInWindow,
      appealsLeft,
      appealBringsNewDocuments,
    ],
    find: nothingToFind,
    decide: ({ command, at, commandId, claim, terms }) => {
      const { grounds, documents, now } = command.data;
      const decisionDue = decisionDueDate(terms.calendar, terms.policy.parameters, now);
      const appeal = positiveInteger(claim.appeals + 1);
      return [
        {
          type: 'ClaimReopened',
          data: {
            at,
            commandId,
            claimId: claim.claimId,
            appeal,
            grounds,
            documents: [...documents],
            decisionDue,
          },
        },
      ];
    },
  },
);
