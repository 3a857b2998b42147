import * as E from 'fp-ts/lib/Either.js';
import { because } from '../decider/rejection.js';
import type { Claim, Recovery } from '../decider/state.js';
import type { ClaimTerms } from '../decider/terms.js';
import { formatMoney, isPositive, type Money, minMoney, subtractFloorZero, zeroOf } from '../money/index.js';
import { rule } from './rule.js';

/** a − b in a's currency, zero when b is larger (both are in the coverage currency here). */
export const remainder = (a: Money, b: Money): Money =>
  E.getOrElse(() => zeroOf(a.currency))(subtractFloorZero(a, b));

/** N3: what the insurer may still claim back: what it paid less what was repaid to it. */
export const netPaid = (claim: Claim): Money | null => {
  const paid = claim.payment?.amount ?? null;
  if (paid === null) return null;
  const repaid = claim.followUp.found?.repaid ?? null;
  return repaid === null ? paid : remainder(paid, repaid);
};

/** N3: recovery follows payment: the insurer steps into the insured's rights only once it has paid. */
export const claimPaidFirst = rule('N3', 'claim paid', ({ claim }: { claim: Claim }) =>
  claim.status === 'paid'
    ? undefined
    : {
        code: 'ClaimNotInStatus',
        rule: 'N3',
        claimId: claim.claimId,
        status: claim.status,
        requiredStatus: 'paid',
        message: because('N3', `claim ${claim.claimId} is ${claim.status}; recovery follows payment`),
      },
);

/** N3: a recovery is filed against an assessed liability cap. */
export const liabilityAssessed = rule('N3', 'carrier liability assessed', ({ claim }: { claim: Claim }) =>
  claim.followUp.carrierLiabilityCap !== null
    ? undefined
    : {
        code: 'CarrierLiabilityNotAssessed',
        rule: 'N3',
        claimId: claim.claimId,
        message: because('N3', `the carrier's liability for claim ${claim.claimId} has not been assessed`),
      },
);

/** N3: one recovery per claim. */
export const recoveryNotFiledYet = rule('N3', 'recovery not filed yet', ({ claim }: { claim: Claim }) => {
  const recovery = claim.followUp.recovery;
  return recovery === null
    ? undefined
    : {
        code: 'RecoveryAlreadyFiled',
        rule: 'N3',
        filed: recovery.filed,
        filedAt: recovery.filedAt,
        message: because(
          'N3',
          `a recovery of ${formatMoney(recovery.filed)} was already filed at ${recovery.filedAt}`,
        ),
      };
});

type AmountCommand = { readonly data: { readonly amount: Money } };

/** N3: amounts are in the coverage currency, above zero. */
export const recoveryAmountValid = rule(
  'N3',
  'amount in the coverage currency, above zero',
  ({ command, terms }: { command: AmountCommand; terms: ClaimTerms }) => {
    const { amount } = command.data;
    const currency = terms.coverage.insuredValue.currency;
    if (amount.currency !== currency)
      return {
        code: 'CurrencyMismatch',
        rule: 'N3',
        field: '$.data.amount.currency',
        expected: currency,
        found: amount.currency,
        message: because('N3', `the amount is in ${amount.currency}; the coverage is in ${currency}`),
      };
    return isPositive(amount)
      ? undefined
      : {
          code: 'RecoveryAmountNotPositive',
          rule: 'N3',
          field: '$.data.amount.minorUnits',
          amount,
          message: because('N3', 'a recovery amount is above zero'),
        };
  },
);

/** N3: never more claimed back than was paid (less any repayment), nor than the carrier's cap. */
export const recoveryWithinLimit = rule(
  'N3',
  'within what was paid and the carrier cap',
  ({ claim, command }: { claim: Claim; command: AmountCommand }) => {
    const paid = claim.payment?.amount;
    const net = netPaid(claim);
    const cap = claim.followUp.carrierLiabilityCap;
    if (paid === undefined || net === null || cap === null) return undefined;
    const limit = E.getOrElse(() => net)(minMoney(net, cap));
    const { amount } = command.data;
    return amount.minorUnits <= limit.minorUnits
      ? undefined
      : {
          code: 'RecoveryAboveLimit',
          rule: 'N3',
          amount,
          limit,
          paid,
          repaid: claim.followUp.found?.repaid ?? null,
          carrierCap: cap,
          message: because(
            'N3',
            `a recovery of ${formatMoney(amount)} is above ${formatMoney(limit)}, the lower of what was paid (${formatMoney(net)} net) and the carrier cap (${formatMoney(cap)})`,
          ),
        };
  },
);

/** The recovery still open: filed, not received in full, not closed. */
export const openRecovery = (claim: Claim): Recovery | null => {
  const recovery = claim.followUp.recovery;
  return recovery !== null && !recovery.full && recovery.closed === null ? recovery : null;
};

/** N3: money is received on, and a recovery closed, only while it is open. */
export const recoveryOpen = rule('N3', 'recovery open', ({ claim }: { claim: Claim }) => {
  const recovery = claim.followUp.recovery;
  if (openRecovery(claim) !== null) return undefined;
  const state = recovery === null ? 'none' : recovery.full ? 'received-in-full' : 'closed';
  return {
    code: 'NoOpenRecovery',
    rule: 'N3',
    claimId: claim.claimId,
    state,
    message: because(
      'N3',
      recovery === null
        ? `no recovery was filed for claim ${claim.claimId}`
        : `the recovery for claim ${claim.claimId} is ${state === 'closed' ? 'closed' : 'received in full'}`,
    ),
  };
});

/** N3: never more received than is outstanding, so never more recovered than paid. */
export const receiptWithinOutstanding = rule(
  'N3',
  'within what is outstanding',
  ({ claim, command }: { claim: Claim; command: AmountCommand }) => {
    const recovery = openRecovery(claim);
    if (recovery === null) return undefined;
    const outstanding = remainder(recovery.filed, recovery.received);
    const { amount } = command.data;
    return amount.minorUnits <= outstanding.minorUnits
      ? undefined
      : {
          code: 'RecoveryAboveOutstanding',
          rule: 'N3',
          amount,
          outstanding,
          message: because(
            'N3',
            `${formatMoney(amount)} is more than the ${formatMoney(outstanding)} outstanding`,
          ),
        };
  },
);
