import * as E from 'fp-ts/lib/Either.js';
import { localDateOf } from '../calendar/index.js';
import { because, type Rejection } from '../decider/rejection.js';
import type { Booking, Claim, Coverage } from '../decider/state.js';
import type { ClaimTerms } from '../decider/terms.js';
import type { InsuredShare, PayoutBreakdown } from '../events/parts.js';
import type { NonEmptyText, PieceId } from '../ids.js';
import {
  addMoney,
  allocate,
  type Conversion,
  compareMoney,
  type ExchangeRate,
  equalsMoney,
  formatMoney,
  isMinorUnits,
  isPositive,
  type Money,
  minMoney,
  percentOf,
  subtractFloorZero,
  zeroOf,
} from '../money/index.js';
import type { Deductible } from '../policy/deductible.js';
import type { LocalDate } from '../time/local-date.js';
import { inCurrency } from './conversions.js';
import { type Finding, rule } from './rule.js';

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

const overflow = (field: string): Rejection => ({
  code: 'AmountOverflow',
  rule: 'R7',
  field,
  message: because('R7', `the ${field === 'cap' ? 'payout cap' : field} overflows the safe integer range`),
});

/** The amount a deductible rule takes off a limit: a percentage of it (half-even) but at least the minimum. */
export const deductibleAmount = (rule: Deductible, limit: Money): E.Either<Rejection, Money> => {
  switch (rule.kind) {
    case 'none':
      return E.right(zeroOf(limit.currency));
    case 'amount':
      return E.right(rule.amount);
    case 'percentage': {
      const share = percentOf(limit, rule.percent);
      if (E.isLeft(share)) return E.left(overflow('deductible'));
      const order = compareMoney(share.right, rule.minimum);
      return E.right(E.isRight(order) && order.right < 0 ? rule.minimum : share.right);
    }
  }
};

/** What the insurer states at acceptance besides the approved amount. */
export interface ProvenLoss {
  readonly provenValue: Money;
  readonly carrierSettlement: Money | null;
  /** What the damaged goods are still worth to the insured (damage claims only; null when nothing). */
  readonly salvageValue: Money | null;
  readonly rates: readonly ExchangeRate[];
}

/** The claim the cap is computed for, with its pieces and the date rates are taken at. */
export interface CappedClaim {
  readonly pieceIds: readonly PieceId[];
  readonly lossDate: LocalDate;
}

/**
 * The insured share of the claimed pieces: the sum insured allocated over all pieces by goods value
 * (largest remainder, so the shares sum to the sum insured), summed over the claimed ones. Null when
 * the claim holds every piece: its bound is then the sum insured itself.
 */
export const insuredShareOf = (
  sumInsured: Money,
  booking: Booking,
  pieceIds: readonly PieceId[],
): E.Either<Rejection, InsuredShare | null> => {
  const claimed = new Set<string>(pieceIds);
  if (booking.pieces.every((piece) => claimed.has(piece.pieceId))) return E.right(null);
  const shares = allocate(
    sumInsured,
    booking.pieces.map((piece) => piece.goodsValue),
  );
  if (E.isLeft(shares)) return E.left(overflow('insuredShare'));
  let total = 0;
  for (const [index, piece] of booking.pieces.entries()) {
    if (claimed.has(piece.pieceId)) total += shares.right[index]?.minorUnits ?? 0;
  }
  const share = isMinorUnits(total) ? { minorUnits: total, currency: sumInsured.currency } : sumInsured;
  return E.right({ pieceIds: [...pieceIds], share, rounding: 'largest-remainder' });
};

/**
 * R7: the most an insurer may approve. The limit is the lower of the sum insured (or, for a claim on
 * some pieces, their insured share) and the proven loss, which includes the shipping cost when the
 * coverage includes it; the cap is the limit less the deductible and what the carrier already paid,
 * never below zero. So nothing approved ever exceeds the sum insured. Amounts in another currency
 * than the coverage's are converted at a rate of the command dated near the date of loss.
 */
export const payoutCap = (
  terms: ClaimTerms,
  booking: Booking,
  claim: CappedClaim,
  proven: ProvenLoss,
): E.Either<Rejection, PayoutBreakdown> => {
  const { coverage, policy } = terms;
  const currency = coverage.insuredValue.currency;
  const dates = { around: claim.lossDate, toleranceDays: policy.parameters.exchangeRateTolerance.value };
  const convert = (field: string, amount: Money) =>
    inCurrency('R7', field, amount, currency, proven.rates, dates);
  const provenValue = convert('provenValue', proven.provenValue);
  if (E.isLeft(provenValue)) return provenValue;
  const shipping = coverage.coversShippingCost
    ? convert('shippingCost', booking.shippingCost)
    : E.right({ amount: zeroOf(currency), conversion: null });
  if (E.isLeft(shipping)) return shipping;
  const settlement = convert('carrierSettlement', proven.carrierSettlement ?? zeroOf(currency));
  if (E.isLeft(settlement)) return settlement;
  const salvage = convert('salvageValue', proven.salvageValue ?? zeroOf(currency));
  if (E.isLeft(salvage)) return salvage;
  const provenLoss = addMoney(provenValue.right.amount, shipping.right.amount);
  if (E.isLeft(provenLoss)) return E.left(overflow('provenLoss'));
  const insuredShare = insuredShareOf(coverage.insuredValue, booking, claim.pieceIds);
  if (E.isLeft(insuredShare)) return insuredShare;
  const bound = insuredShare.right === null ? coverage.insuredValue : insuredShare.right.share;
  const limit = minMoney(bound, provenLoss.right);
  if (E.isLeft(limit)) return E.left(overflow('limit'));
  const deductible = deductibleAmount(coverage.deductible, limit.right);
  if (E.isLeft(deductible)) return deductible;
  const net = E.chain((afterSettlement: Money) => subtractFloorZero(afterSettlement, salvage.right.amount))(
    E.chain((afterDeductible: Money) => subtractFloorZero(afterDeductible, settlement.right.amount))(
      subtractFloorZero(limit.right, deductible.right),
    ),
  );
  if (E.isLeft(net)) return E.left(overflow('cap'));
  const provenConversions = [
    provenValue.right.conversion,
    shipping.right.conversion,
    settlement.right.conversion,
    salvage.right.conversion,
  ].filter((conversion): conversion is Conversion => conversion !== null);
  return E.right({
    sumInsured: coverage.insuredValue,
    insuredShare: insuredShare.right,
    provenLoss: provenLoss.right,
    provenConversions,
    coveredShippingCost: shipping.right.amount,
    limit: limit.right,
    deductible: { rule: coverage.deductible, amount: deductible.right },
    carrierSettlement: settlement.right.amount,
    salvage: salvage.right.amount,
    cap: net.right,
  });
};

/** R7: a salvage value lowers the payout of a damage claim only. */
export const salvageOnlyForDamage = rule(
  'R7',
  'salvage only for damage',
  ({ claim, command }: { claim: Claim; command: { data: { salvageValue: Money | null } } }) =>
    command.data.salvageValue === null || claim.claimType === 'damage'
      ? undefined
      : {
          code: 'SalvageNotForThisClaimType',
          rule: 'R7',
          claimType: claim.claimType,
          message: because(
            'R7',
            `a salvage value lowers damage payouts only; this is a ${claim.claimType} claim`,
          ),
        },
);

/** R7: the breakdown of the cap, the approved amount being within it, a partial approval stating why. */
export const payoutFound: Finding<
  {
    terms: ClaimTerms;
    booking: Booking;
    claim: Claim;
    command: {
      data: {
        provenValue: Money;
        approvedAmount: Money;
        carrierSettlement: Money | null;
        salvageValue: Money | null;
        rates: readonly ExchangeRate[];
        partialReason: NonEmptyText | null;
      };
    };
  },
  { breakdown: PayoutBreakdown }
> = {
  steps: [
    { rule: 'R7', name: 'approved amount within cap' },
    { rule: 'R7', name: 'partial approval stated' },
  ],
  find: ({ terms, booking, claim, command }) => {
    const lossDate = localDateOf(terms.calendar, claim.openedAt);
    const breakdown = payoutCap(terms, booking, { pieceIds: claim.pieceIds, lossDate }, command.data);
    if (E.isLeft(breakdown)) return breakdown;
    const refused =
      aboveCap(terms.coverage, command.data.approvedAmount, breakdown.right) ??
      partialUnstated(command.data.approvedAmount, command.data.partialReason, breakdown.right.cap);
    return refused === undefined ? E.right({ breakdown: breakdown.right }) : E.left(refused);
  },
};

/** R7: an amount below the cap is a partial approval and says why; the cap itself needs no reason. */
const partialUnstated = (
  approvedAmount: Money,
  reason: NonEmptyText | null,
  cap: Money,
): Rejection | undefined => {
  const partial = !equalsMoney(approvedAmount, cap);
  if (partial && reason === null)
    return {
      code: 'PartialApprovalReasonMissing',
      rule: 'R7',
      approvedAmount,
      cap,
      message: because(
        'R7',
        `approving ${formatMoney(approvedAmount)} below the cap ${formatMoney(cap)} is a partial approval and needs its reason`,
      ),
    };
  if (!partial && reason !== null)
    return {
      code: 'PartialApprovalReasonWithFullCap',
      rule: 'R7',
      approvedAmount,
      cap,
      message: because(
        'R7',
        `${formatMoney(approvedAmount)} is the whole cap; a partial-approval reason does not apply`,
      ),
    };
  return undefined;
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
          ` = limit ${formatMoney(breakdown.limit)} (the lower of ${breakdown.insuredShare === null ? `sum insured ${formatMoney(breakdown.sumInsured)}` : `the insured share ${formatMoney(breakdown.insuredShare.share)} of pieces ${breakdown.insuredShare.pieceIds.join(', ')}`} and proven loss ${formatMoney(breakdown.provenLoss)})` +
          ` - deductible ${formatMoney(breakdown.deductible.amount)}` +
          ` - carrier settlement ${formatMoney(breakdown.carrierSettlement)}` +
          ` - salvage ${formatMoney(breakdown.salvage)}`,
      ),
    };
  return undefined;
};
