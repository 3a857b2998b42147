import * as E from 'fp-ts/lib/Either.js';
import {
  type BusinessCalendar,
  type CalendarId,
  type CalendarRegistry,
  localDateOf,
} from '../calendar/index.js';
import { because, type Rejection } from '../decider/rejection.js';
import type { Booking } from '../decider/state.js';
import type { DeciderContext } from '../decider/terms.js';
import type { BookedPiece, PieceBoxes } from '../events/parts.js';
import type { PieceId } from '../ids.js';
import {
  addMoney,
  type Conversion,
  compareMoney,
  type ExchangeRate,
  formatMoney,
  isMinorUnits,
  isPositive,
  type Money,
  zeroOf,
} from '../money/index.js';
import type { Deductible } from '../policy/deductible.js';
import type { Policy, PolicyRef } from '../policy/policy.js';
import type { PolicyBook } from '../policy/policy-book.js';
import type { Instant } from '../time/instant.js';
import { inCurrency } from './conversions.js';
import { type Finding, rule } from './rule.js';

const currencyMismatch = (field: string, expected: Money, found: Money): Rejection => ({
  code: 'CurrencyMismatch',
  rule: 'C1',
  field,
  expected: expected.currency,
  found: found.currency,
  message: because('C1', `${field} is in ${found.currency}; the parcel is valued in ${expected.currency}`),
});

const notPositive = (field: string, amount: Money): Rejection => ({
  code: 'AmountNotPositive',
  rule: 'C1',
  field,
  amount,
  message: because('C1', `${field} must be positive; got ${formatMoney(amount)}`),
});

/** What a booking names that C1 checks. */
export interface BookingValues {
  readonly goodsValue: Money;
  readonly pieces: readonly BookedPiece[];
}

/**
 * C1, at booking: the goods value is positive; the parcel has at least one piece, each id once;
 * the pieces' goods values are in the goods value's currency and sum to it.
 */
export const bookingTerms = rule('C1', 'booking terms', ({ command }: { command: { data: BookingValues } }) =>
  badBooking(command.data),
);

const badBooking = ({ goodsValue, pieces }: BookingValues): Rejection | undefined => {
  if (!isPositive(goodsValue)) return notPositive('goodsValue', goodsValue);
  if (pieces.length === 0)
    return {
      code: 'NoPieces',
      rule: 'C1',
      field: 'pieces',
      message: because('C1', 'a parcel holds at least one piece'),
    };
  const seen = new Set<string>();
  let total = 0;
  for (const [index, piece] of pieces.entries()) {
    if (seen.has(piece.pieceId)) return duplicatePiece('C1', `pieces[${index}].pieceId`, piece.pieceId);
    seen.add(piece.pieceId);
    if (piece.goodsValue.currency !== goodsValue.currency)
      return currencyMismatch(`pieces[${index}].goodsValue`, goodsValue, piece.goodsValue);
    total += piece.goodsValue.minorUnits;
  }
  if (total !== goodsValue.minorUnits) {
    const piecesTotal = isMinorUnits(total)
      ? formatMoney({ minorUnits: total, currency: goodsValue.currency })
      : `${total} minor units`;
    return {
      code: 'PieceValuesMismatch',
      rule: 'C1',
      field: 'pieces',
      goodsValue,
      piecesTotalMinorUnits: total,
      message: because(
        'C1',
        `the pieces' goods values sum to ${piecesTotal}; the goods value is ${formatMoney(goodsValue)}`,
      ),
    };
  }
  return undefined;
};

/** C1 or C2: a piece id named twice where each may appear once. */
export const duplicatePiece = (ruleId: 'C1' | 'C2', field: string, pieceId: PieceId): Rejection => ({
  code: 'DuplicatePiece',
  rule: ruleId,
  field,
  pieceId,
  message: because(ruleId, `piece ${pieceId} is named more than once (${field})`),
});

/** C1, at handover: exactly one air box and customs box entry per booked piece. */
export const boxesPerPiece = rule(
  'C1',
  'boxes per piece',
  ({ booking, command }: { booking: Booking; command: { data: { boxes: readonly PieceBoxes[] } } }) =>
    badBoxes(booking, command.data.boxes),
);

const badBoxes = (booking: Booking, boxes: readonly PieceBoxes[]): Rejection | undefined => {
  const booked = new Set<string>(booking.pieces.map((piece) => piece.pieceId));
  const seen = new Set<string>();
  for (const [index, entry] of boxes.entries()) {
    if (seen.has(entry.pieceId)) return duplicatePiece('C1', `boxes[${index}].pieceId`, entry.pieceId);
    seen.add(entry.pieceId);
  }
  const missing = booking.pieces.map((piece) => piece.pieceId).filter((id) => !seen.has(id));
  const unexpected = boxes.map((entry) => entry.pieceId).filter((id) => !booked.has(id));
  if (missing.length === 0 && unexpected.length === 0) return undefined;
  return {
    code: 'BoxesDoNotMatchPieces',
    rule: 'C1',
    field: 'boxes',
    missing,
    unexpected,
    message: because(
      'C1',
      `boxes must name each booked piece once; missing: ${missing.join(', ') || 'none'}, not booked: ${unexpected.join(', ') || 'none'}`,
    ),
  };
};

/** What a purchase of insurance names. */
export interface Purchase {
  readonly now: Instant;
  readonly insuredValue: Money;
  readonly premium: Money;
  readonly policy: PolicyRef;
  readonly payerCalendar: CalendarId;
  readonly coversShippingCost: boolean;
  readonly rates: readonly ExchangeRate[];
}

/** What a coverage is bought under, once checked. */
export interface CoverageTerms {
  readonly policy: Policy;
  readonly calendar: BusinessCalendar;
  /** The policy version's deductible, in the coverage currency. */
  readonly deductible: Deductible;
  /** The conversions that bounded the insured value by the goods value and covered shipping. */
  readonly conversions: readonly Conversion[];
}

/**
 * C1, at purchase: one currency per parcel, positive insured value and premium, insured value at
 * most the declared value, and a policy version and payer calendar the service knows.
 */
export const coverageTerms = (
  booking: Booking,
  command: { data: Purchase },
  policies: PolicyBook,
  calendars: CalendarRegistry,
): E.Either<Rejection, CoverageTerms> => {
  const { insuredValue, premium, policy: ref, payerCalendar, coversShippingCost, rates, now } = command.data;
  if (!isPositive(insuredValue)) return E.left(notPositive('insuredValue', insuredValue));
  if (!isPositive(premium)) return E.left(notPositive('premium', premium));
  const policy = policies.resolve(ref);
  if (E.isLeft(policy)) return E.left(unknownPolicy(ref));
  const calendar = calendars.resolve(payerCalendar);
  if (E.isLeft(calendar))
    return E.left({
      code: 'UnknownCalendar',
      rule: 'C1',
      calendarId: payerCalendar,
      reason: calendar.left.message,
      message: because('C1', `payer calendar ${payerCalendar} cannot be used: ${calendar.left.message}`),
    });
  const dates = {
    around: localDateOf(calendar.right, now),
    toleranceDays: policy.right.parameters.exchangeRateTolerance.value,
  };
  const currency = insuredValue.currency;
  const goods = inCurrency('C1', 'goodsValue', booking.goodsValue, currency, rates, dates);
  if (E.isLeft(goods)) return goods;
  const shipping = coversShippingCost
    ? inCurrency('C1', 'shippingCost', booking.shippingCost, currency, rates, dates)
    : E.right({ amount: zeroOf(currency), conversion: null });
  if (E.isLeft(shipping)) return shipping;
  const conversions = [goods.right.conversion, shipping.right.conversion].filter(
    (conversion): conversion is Conversion => conversion !== null,
  );
  const bound = addMoney(goods.right.amount, shipping.right.amount);
  if (E.isLeft(bound))
    return E.left({
      code: 'AmountOverflow',
      rule: 'C1',
      field: 'insuredValue',
      message: because('C1', 'the goods value and shipping cost overflow the safe integer range'),
    });
  const order = compareMoney(insuredValue, bound.right);
  if (E.isRight(order) && order.right > 0)
    return E.left({
      code: 'InsuredValueAboveGoodsValue',
      rule: 'C1',
      field: 'insuredValue',
      insuredValue,
      bound: bound.right,
      conversions,
      message: because(
        'C1',
        `insured value ${formatMoney(insuredValue)} is above the goods value ${formatMoney(goods.right.amount)}` +
          (coversShippingCost ? ` plus the covered shipping cost ${formatMoney(shipping.right.amount)}` : ''),
      ),
    });
  const deductible = policy.right.parameters.deductible.value;
  const refused = deductibleInCurrency(deductible, currency);
  if (refused !== undefined) return E.left(refused);
  return E.right({
    policy: policy.right,
    calendar: calendar.right,
    deductible,
    conversions,
  });
};

/** C1: the policy's deductible amounts are in the coverage currency; a coverage in another is refused. */
const deductibleInCurrency = (deductible: Deductible, currency: string): Rejection | undefined => {
  const amount =
    deductible.kind === 'amount'
      ? deductible.amount
      : deductible.kind === 'percentage'
        ? deductible.minimum
        : null;
  if (amount === null || amount.currency === currency) return undefined;
  return {
    code: 'DeductibleCurrencyMismatch',
    rule: 'C1',
    expected: currency,
    found: amount.currency,
    message: because(
      'C1',
      `the policy's deductible is in ${amount.currency}; a coverage in ${currency} cannot be bought under it`,
    ),
  };
};

/** C1, at purchase: the terms the coverage is bought under, found by {@link coverageTerms}. */
export const coverageTermsFound: Finding<
  { booking: Booking; command: { data: Purchase }; context: DeciderContext },
  { bought: CoverageTerms }
> = {
  steps: [{ rule: 'C1', name: 'coverage terms' }],
  find: ({ booking, command, context }) =>
    E.map((bought: CoverageTerms) => ({ bought }))(
      coverageTerms(booking, command, context.policies, context.calendars),
    ),
};

/** C1: a coverage names a policy version the policy book no longer holds. */
export const unknownPolicy = (ref: PolicyRef): Rejection => ({
  code: 'UnknownPolicy',
  rule: 'C1',
  policy: ref,
  message: because('C1', `policy ${ref.id}@${ref.version} is not in the policy book`),
});
