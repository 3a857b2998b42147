import { because, type Rejection } from '../decider/rejection.js';
import type { Claim } from '../decider/state.js';
import { equalsMoney, formatMoney, type Money } from '../money/index.js';

/** R8: a claim is paid at most once, exactly the approved amount, and only after acceptance. */
export const paidOnceExactly = (claim: Claim, amount: Money): Rejection | undefined => {
  if (claim.payment !== null)
    return {
      code: 'ClaimAlreadyPaid',
      rule: 'R8',
      paidAt: claim.payment.paidAt,
      amount: claim.payment.amount,
      message: because(
        'R8',
        `claim ${claim.claimId} was already paid ${formatMoney(claim.payment.amount)} at ${claim.payment.paidAt}`,
      ),
    };
  if (claim.status !== 'accepted' || claim.acceptance === null)
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
};
