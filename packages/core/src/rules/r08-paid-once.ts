import { because } from '../decider/rejection.js';
import { type Claim, isApproved } from '../decider/state.js';
import { equalsMoney, formatMoney, type Money } from '../money/index.js';
import { rule } from './rule.js';

/**
 * R8: a claim is paid at most once. Checked before R11, so that paying a paid claim again is
 * answered with the payment already made rather than with "the claim is closed".
 */
export const notPaidYet = rule('R8', 'not paid yet', ({ claim }: { claim: Claim }) =>
  claim.payment === null
    ? undefined
    : {
        code: 'ClaimAlreadyPaid',
        rule: 'R8',
        paidAt: claim.payment.paidAt,
        amount: claim.payment.amount,
        message: because(
          'R8',
          `claim ${claim.claimId} was already paid ${formatMoney(claim.payment.amount)} at ${claim.payment.paidAt}`,
        ),
      },
);

/** R8: a claim is paid exactly the approved amount, and only after acceptance (in full or in part). */
export const paysApprovedAmount = rule(
  'R8',
  'pays the approved amount',
  ({ claim, command }: { claim: Claim; command: { data: { amount: Money } } }) => {
    const { amount } = command.data;
    if (!isApproved(claim) || claim.acceptance === null)
      return {
        code: 'ClaimNotInStatus',
        rule: 'R8',
        claimId: claim.claimId,
        status: claim.status,
        requiredStatus: 'accepted',
        message: because('R8', `claim ${claim.claimId} is ${claim.status}; only an accepted claim is paid`),
      };
    if (!equalsMoney(amount, claim.acceptance.approvedAmount))
      return {
        code: 'PaymentAmountMismatch',
        rule: 'R8',
        approvedAmount: claim.acceptance.approvedAmount,
        offeredAmount: amount,
        message: because(
          'R8',
          `payment of ${formatMoney(amount)} differs from the approved ${formatMoney(claim.acceptance.approvedAmount)}`,
        ),
      };
    return undefined;
  },
);
