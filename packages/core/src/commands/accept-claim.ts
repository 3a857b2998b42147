import * as t from 'io-ts';
import { nullable } from '../codec/nullable.js';
import { currentClaimScope } from '../decider/scopes.js';
import { ClaimId, NonEmptyText } from '../ids.js';
import { ExchangeRate } from '../money/exchange.js';
import { Money } from '../money/index.js';
import { payeeAllowed } from '../rules/e1-payee.js';
import { claimInStatus } from '../rules/k1-claim-lifecycle.js';
import { payoutFound, salvageOnlyForDamage } from '../rules/r07-approved-amount-cap.js';
import { payoutDueDate } from '../rules/r09-payout-due-date.js';
import { claimStillOpen } from '../rules/r11-terminal-states-absorb.js';
import { Payee, PaymentMethod } from '../vocabulary/payee.js';
import { defineCommand } from './define-command.js';

/**
 * The insurer approves an amount within the cap; it is payable by the payout due date to the payee
 * by the method named. The proven value may be in another currency than the coverage's, converted
 * at one of `rates`; what the carrier already paid for the loss (`carrierSettlement`) and, for
 * damage, what the goods are still worth (`salvageValue`) come off the cap (null when nothing).
 * Less than the cap is a partial approval and states its reason (`partialReason`, else null).
 */
export const acceptClaim = defineCommand(
  'AcceptClaim',
  {
    claimId: ClaimId,
    provenValue: Money,
    approvedAmount: Money,
    carrierSettlement: nullable(Money),
    salvageValue: nullable(Money),
    rates: t.array(ExchangeRate),
    partialReason: nullable(NonEmptyText),
    payee: Payee,
    method: PaymentMethod,
  },
  {
    roles: ['insurer'],
    scope: currentClaimScope,
    rules: [claimStillOpen, claimInStatus('submitted'), salvageOnlyForDamage, payeeAllowed],
    find: payoutFound,
    decide: ({ command, at, commandId, claim, breakdown, terms }) => {
      const { approvedAmount, now, partialReason, payee, method } = command.data;
      const payoutDue = payoutDueDate(terms.calendar, terms.policy.parameters, now);
      return [
        {
          type: 'ClaimAccepted',
          data: {
            at,
            commandId,
            claimId: claim.claimId,
            approvedAmount,
            breakdown,
            payoutDue,
            partialReason,
            payee,
            method,
          },
        },
      ];
    },
  },
);
