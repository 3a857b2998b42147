import { because, type Rejection } from '../decider/rejection.js';
import type { Booking, Claim } from '../decider/state.js';
import type { ClaimTerms } from '../decider/terms.js';
import { notRecorded, type Payee, type PaymentMethod, payeeRecorded } from '../vocabulary/payee.js';
import { rule } from './rule.js';

/**
 * E1: a payee the policy lets be paid and, for the seller or the forwarder, the parcel's own (from
 * the booking). The buyer is named by the insurer where the policy lists it.
 */
const payeeRefusal = (payee: Payee, booking: Booking, terms: ClaimTerms): Rejection | undefined => {
  const allowed = terms.policy.parameters.payeesAllowed.value;
  if (!allowed.includes(payee.role))
    return {
      code: 'PayeeNotAllowed',
      rule: 'E1',
      role: payee.role,
      allowed,
      message: because('E1', `the policy pays only ${allowed.join(', ')}; not the ${payee.role}`),
    };
  const expected =
    payee.role === 'seller'
      ? booking.sellerId
      : payee.role === 'forwarder'
        ? booking.forwarderId
        : payee.partyId;
  return expected === payee.partyId
    ? undefined
    : {
        code: 'PayeeNotTheParty',
        rule: 'E1',
        role: payee.role,
        named: payee.partyId,
        expected,
        message: because('E1', `the parcel's ${payee.role} is ${expected}, not ${payee.partyId}`),
      };
};

/** E1: the acceptance names a payee the policy allows. */
export const payeeAllowed = rule(
  'E1',
  'payee allowed',
  ({
    booking,
    terms,
    command,
  }: {
    booking: Booking;
    terms: ClaimTerms;
    command: { data: { payee: Payee } };
  }) => payeeRefusal(command.data.payee, booking, terms),
);

/**
 * E1: the payment goes to the payee by the method the acceptance named. An acceptance stored before
 * payees were kept named none: the payment then names them, and the payee must be one the policy allows.
 */
export const paysNamedPayee = rule(
  'E1',
  'pays the named payee',
  ({
    claim,
    booking,
    terms,
    command,
  }: {
    claim: Claim;
    booking: Booking;
    terms: ClaimTerms;
    command: { data: { payee: Payee; method: PaymentMethod } };
  }) => {
    const acceptance = claim.acceptance;
    if (acceptance === null) return undefined;
    const { payee, method } = command.data;
    if (!payeeRecorded(acceptance.payee)) {
      const refused = payeeRefusal(payee, booking, terms);
      if (refused !== undefined) return refused;
    } else if (acceptance.payee.role !== payee.role || acceptance.payee.partyId !== payee.partyId)
      return {
        code: 'PayeeMismatch',
        rule: 'E1',
        named: acceptance.payee,
        offered: payee,
        message: because(
          'E1',
          `the acceptance names the ${acceptance.payee.role} ${acceptance.payee.partyId}; the payment goes to the ${payee.role} ${payee.partyId}`,
        ),
      };
    return acceptance.method === notRecorded || acceptance.method === method
      ? undefined
      : {
          code: 'PaymentMethodMismatch',
          rule: 'E1',
          named: acceptance.method,
          offered: method,
          message: because('E1', `the acceptance names payment by ${acceptance.method}, not ${method}`),
        };
  },
);
