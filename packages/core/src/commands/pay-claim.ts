import { currentClaimScope } from '../decider/scopes.js';
import { ClaimId, NonEmptyText } from '../ids.js';
import { Money } from '../money/index.js';
import { paysNamedPayee } from '../rules/e1-payee.js';
import { notPaidYet, paysApprovedAmount } from '../rules/r08-paid-once.js';
import { claimStillOpen } from '../rules/r11-terminal-states-absorb.js';
import { Payee, PaymentMethod } from '../vocabulary/payee.js';
import { defineCommand, nothingToFind } from './define-command.js';

/** The insurer pays the approved amount to the payee, by the method, the acceptance named; the reference is kept. */
export const payClaim = defineCommand(
  'PayClaim',
  { claimId: ClaimId, amount: Money, paymentReference: NonEmptyText, payee: Payee, method: PaymentMethod },
  {
    roles: ['insurer'],
    scope: currentClaimScope,
    rules: [notPaidYet, claimStillOpen, paysApprovedAmount, paysNamedPayee],
    find: nothingToFind,
    decide: ({ command, at, commandId }) => {
      const { claimId, amount, paymentReference, payee, method } = command.data;
      return [
        { type: 'ClaimPaid', data: { at, commandId, claimId, amount, paymentReference, payee, method } },
      ];
    },
  },
);
