import * as t from 'io-ts';
import { nullable } from '../codec/nullable.js';
import { currentClaimScope } from '../decider/scopes.js';
import { ClaimId } from '../ids.js';
import { ExchangeRate } from '../money/exchange.js';
import { Money } from '../money/index.js';
import { claimInStatus } from '../rules/k1-claim-lifecycle.js';
import { payoutFound } from '../rules/r07-approved-amount-cap.js';
import { payoutDueDate } from '../rules/r09-payout-due-date.js';
import { claimStillOpen } from '../rules/r11-terminal-states-absorb.js';
import { defineCommand } from './define-command.js';

/**
 * The insurer approves an amount within the cap; it is payable by the payout due date. The proven
 * value may be in another currency than the coverage's, converted at one of `rates`; what the
 * carrier already paid for the loss (`carrierSettlement`, null when nothing) comes off the cap.
 */
export const acceptClaim = defineCommand(
  'AcceptClaim',
  {
    claimId: ClaimId,
    provenValue: Money,
    approvedAmount: Money,
    carrierSettlement: nullable(Money),
    rates: t.array(ExchangeRate),
  },
  {
    roles: ['insurer'],
    scope: currentClaimScope,
    rules: [claimStillOpen, claimInStatus('submitted')],
    find: payoutFound,
    decide: ({ command, at, commandId, claim, breakdown, terms }) => {
      const { approvedAmount, now } = command.data;
      const payoutDue = payoutDueDate(terms.calendar, terms.policy.parameters, now);
      return [
        {
          type: 'ClaimAccepted',
          data: { at, commandId, claimId: claim.claimId, approvedAmount, breakdown, payoutDue },
        },
      ];
    },
  },
);
