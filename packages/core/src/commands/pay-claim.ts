import { currentClaimScope } from '../decider/scopes.js';
import { ClaimId, NonEmptyText } from '../ids.js';
import { Money } from '../money/index.js';
import { notPaidYet, paysApprovedAmount } from '../rules/r08-paid-once.js';
import { claimStillOpen } from '../rules/r11-terminal-states-absorb.js';
import { defineCommand, nothingToFind } from './define-command.js';

/** The insurer pays the approved amount. */
export const payClaim = defineCommand(
  'PayClaim',
  { claimId: ClaimId, amount: Money, paymentReference: NonEmptyText },
  {
    roles: ['insurer'],
    scope: currentClaimScope,
    rules: [notPaidYet, claimStillOpen, paysApprovedAmount],
    find: nothingToFind,
    decide: ({ command, at, commandId }) => {
      const { claimId, amount, paymentReference } = command.data;
      return [{ type: 'ClaimPaid', data: { at, commandId, claimId, amount, paymentReference } }];
    },
  },
);
