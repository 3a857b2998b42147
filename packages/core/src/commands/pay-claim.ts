import * as E from 'fp-ts/lib/Either.js';
import { currentClaimScope } from '../decider/scopes.js';
import { ClaimId, NonEmptyText } from '../ids.js';
import { Money } from '../money/index.js';
import { notPaidYet, paysApprovedAmount } from '../rules/r08-paid-once.js';
import { claimStillOpen } from '../rules/r11-terminal-states-absorb.js';
import { defineCommand } from './define-command.js';

/** The insurer pays the approved amount. */
export const payClaim = defineCommand(
  'PayClaim',
  { claimId: ClaimId, amount: Money, paymentReference: NonEmptyText },
  {
    roles: ['insurer'],
    scope: currentClaimScope,
    rules: [notPaidYet, claimStillOpen, paysApprovedAmount],
    decide: ({ command, stamp }) => {
      const { claimId, amount, paymentReference } = command.data;
      return E.right([{ type: 'ClaimPaid', data: { ...stamp, claimId, amount, paymentReference } }]);
    },
  },
);
