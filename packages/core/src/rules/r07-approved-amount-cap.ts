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

/**
 * R7: the most an insurer may approve: min(insured value, proven value), plus the shipping cost
 * when the coverage includes it, minus the deductible, never below zero.
 */
export const payoutCap = (
  coverage: Coverage,
  booking: Booking,
  provenValue: Money,
): E.Either<Rejection, PayoutBreakdown> => {
  if (provenValue.currency !== coverage.insuredValue.currency)
    return E.left(currencyMismatch('provenValue', coverage, provenValue));
  const currency = coverage.insuredValue.currency;
  const coveredShippingCost = coverage.coversShippingCost ? booking.shippingCost : zeroOf(currency);
  const cap = E.chain((base: Money) => addMoney(base, coveredShippingCost))(
    minMoney(coverage.insuredValue, provenValue),
  );
  const net = E.chain((gross: Money) => subtractFloorZero(gross, coverage.deductible))(cap);
  return E.isLeft(net)
    ? E.left(overflow())
    : E.right({
        insuredValue: coverage.insuredValue,
        provenValue,
        coveredShippingCost,
        deductible: coverage.deductible,
        cap: net.right,
      });
};

/** R7: the breakdown of the cap, the approved amount being within it. */
export const payoutFound: Finding<
  { coverage: Coverage; booking: Booking; command: { data: { provenValue: Money; approvedAmount: Money } } },
  { breakdown: PayoutBreakdown }
> = {
  steps: [{ rule: 'R7', name: 'approved amount within cap' }],
  find: ({ coverage, booking, command }) => {
    const breakdown = payoutCap(coverage, booking, command.data.provenValue);
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
          ` = min(insured ${formatMoney(breakdown.insuredValue)}, proven ${formatMoney(breakdown.provenValue)})` +
          ` + shipping ${formatMoney(breakdown.coveredShippingCost)} - deductible ${formatMoney(breakdown.deductible)}`,
      ),
    };
  return undefined;
};
