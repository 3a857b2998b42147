import * as E from 'fp-ts/lib/Either.js';
import type { BusinessCalendar, CalendarId, CalendarRegistry } from '../calendar/index.js';
import { because, type Rejection } from '../decider/rejection.js';
import type { Booking } from '../decider/state.js';
import type { DeciderContext } from '../decider/terms.js';
import { compareMoney, formatMoney, isPositive, type Money } from '../money/index.js';
import type { Policy, PolicyRef } from '../policy/policy.js';
import type { PolicyBook } from '../policy/policy-book.js';
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

/** C1, at booking: the declared value is positive and the shipping cost is in the same currency. */
export const bookingTerms = rule(
  'C1',
  'booking terms',
  ({ command }: { command: { data: { declaredValue: Money; shippingCost: Money } } }) =>
    badBooking(command.data.declaredValue, command.data.shippingCost),
);

const badBooking = (declaredValue: Money, shippingCost: Money): Rejection | undefined => {
  if (!isPositive(declaredValue)) return notPositive('declaredValue', declaredValue);
  if (shippingCost.currency !== declaredValue.currency)
    return currencyMismatch('shippingCost', declaredValue, shippingCost);
  return undefined;
};

/** What a purchase of insurance names. */
export interface Purchase {
  readonly insuredValue: Money;
  readonly premium: Money;
  readonly policy: PolicyRef;
  readonly payerCalendar: CalendarId;
}

/** What a coverage is bought under, once checked. */
export interface CoverageTerms {
  readonly policy: Policy;
  readonly calendar: BusinessCalendar;
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
  const { insuredValue, premium, policy: ref, payerCalendar } = command.data;
  const declared = booking.declaredValue;
  if (insuredValue.currency !== declared.currency)
    return E.left(currencyMismatch('insuredValue', declared, insuredValue));
  if (premium.currency !== declared.currency) return E.left(currencyMismatch('premium', declared, premium));
  if (!isPositive(insuredValue)) return E.left(notPositive('insuredValue', insuredValue));
  if (!isPositive(premium)) return E.left(notPositive('premium', premium));
  const order = compareMoney(insuredValue, declared);
  if (E.isRight(order) && order.right > 0)
    return E.left({
      code: 'InsuredValueAboveDeclared',
      rule: 'C1',
      insuredValue,
      declaredValue: declared,
      message: because(
        'C1',
        `insured value ${formatMoney(insuredValue)} is above the declared value ${formatMoney(declared)}`,
      ),
    });
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
  return E.right({ policy: policy.right, calendar: calendar.right });
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
