import * as E from 'fp-ts/lib/Either.js';
import { because, type Rejection } from '../decider/rejection.js';
import type { Booking, Coverage } from '../decider/state.js';
import type { PayoutBreakdown } from '../events/parts.js';
import {
  addMoney,
  compareMoney,
  formatMoney,
  isPositive,
  type Money,
  minMoney,
  subtractFloorZero,
  zeroOf,
} from '../money/index.js';
import type { Deductible } from '../policy/deductible.js';
import type { Finding } from './rule.js';

const currencyMismatch = (field: string, coverage: Coverage, found: Money): Rejection => ({
  code: 'CurrencyMismatch',
  rule: 'R7',
  field,
  expected: coverage.insuredValue.currency,
  found: found.currency,
  message: because(
    'R7',
    `${field} is in ${found.currency}; the coverage is in ${coverage.insuredValue.currency}`,
  ),
});

const overflow = (): Rejection => ({
  code: 'AmountOverflow',
  rule: 'R7',
  field: 'cap',
  message: because('R7', 'the payout cap overflows the safe integer range'),
});

/** The amount a deductible rule takes off a limit. */
export const deductibleAmount = (rule: Deductible, limit: Money): Money => {
  switch (rule.kind) {
    case 'none':
      return zeroOf(limit.currency);
    case 'amount':
      return rule.amount;
    case 'percentage':
      return rule.minimum;
  }
};

/** What the cap is computed from besides the coverage and booking. */
export interface ProvenLoss {
  readonly provenValue: Money;
  readonly carrierSettlement: Money | null;
}

/**
 * R7: the most an insurer may approve: min(insured value, proven value), plus the shipping cost
 * when the coverage includes it, minus the deductible and the carrier's settlement, never below zero.
 */
export const payoutCap = (
  coverage: Coverage,
  booking: Booking,
  proven: ProvenLoss,
): E.Either<Rejection, PayoutBreakdown> => {
  const { provenValue } = proven;
  if (provenValue.currency !== coverage.insuredValue.currency)
    return E.left(currencyMismatch('provenValue', coverage, provenValue));
  const currency = coverage.insuredValue.currency;
  const carrierSettlement = proven.carrierSettlement ?? zeroOf(currency);
  if (carrierSettlement.currency !== currency)
    return E.left(currencyMismatch('carrierSettlement', coverage, carrierSettlement));
  const coveredShippingCost = coverage.coversShippingCost ? booking.shippingCost : zeroOf(currency);
  const provenLoss = addMoney(provenValue, coveredShippingCost);
  const limit = E.chain((base: Money) => addMoney(base, coveredShippingCost))(
    minMoney(coverage.insuredValue, provenValue),
  );
  if (E.isLeft(provenLoss) || E.isLeft(limit)) return E.left(overflow());
  const deductible = deductibleAmount(coverage.deductible, limit.right);
  const net = E.chain((afterDeductible: Money) => subtractFloorZero(afterDeductible, carrierSettlement))(
    subtractFloorZero(limit.right, deductible),
  );
  return E.isLeft(net)
    ? E.left(overflow())
    : E.right({
        sumInsured: coverage.insuredValue,
        insuredShare: null,
        provenLoss: provenLoss.right,
        provenConversions: [],
        coveredShippingCost,
        limit: limit.right,
        deductible: { rule: coverage.deductible, amount: deductible },
        carrierSettlement,
        cap: net.right,
      });
};

/** R7: the breakdown of the cap, the approved amount being within it. */
export const payoutFound: Finding<
  {
    coverage: Coverage;
    booking: Booking;
    command: { data: { provenValue: Money; approvedAmount: Money; carrierSettlement: Money | null } };
  },
  { breakdown: PayoutBreakdown }
> = {
  steps: [{ rule: 'R7', name: 'approved amount within cap' }],
  find: ({ coverage, booking, command }) => {
    const breakdown = payoutCap(coverage, booking, command.data);
    if (E.isLeft(breakdown)) return breakdown;
    const refused = aboveCap(coverage, command.data.approvedAmount, breakdown.right);
    return refused === undefined ? E.right({ breakdown: breakdown.right }) : E.left(refused);
  },
};

/** R7: the approved amount is positive, in the coverage currency, and at most the cap. */
const aboveCap = (
  coverage: Coverage,
  approvedAmount: Money,
  breakdown: PayoutBreakdown,
): Rejection | undefined => {
  if (approvedAmount.currency !== coverage.insuredValue.currency)
    return currencyMismatch('approvedAmount', coverage, approvedAmount);
  if (!isPositive(approvedAmount))
    return {
      code: 'ApprovedAmountNotPositive',
      rule: 'R7',
      approvedAmount,
      message: because('R7', `the approved amount must be positive; got ${formatMoney(approvedAmount)}`),
    };
  const order = compareMoney(approvedAmount, breakdown.cap);
  if (E.isRight(order) && order.right > 0)
    return {
      code: 'ApprovedAmountAboveCap',
      rule: 'R7',
      approvedAmount,
      breakdown,
      message: because(
        'R7',
        `approved ${formatMoney(approvedAmount)} exceeds the cap ${formatMoney(breakdown.cap)}` +
          ` = limit ${formatMoney(breakdown.limit)} - deductible ${formatMoney(breakdown.deductible.amount)}` +
          ` - carrier settlement ${formatMoney(breakdown.carrierSettlement)}`,
      ),
    };
  return undefined;
};
