import * as t from 'io-ts';
import { closed } from '../codec/closed.js';
import { PartyId } from '../ids.js';

/**
 * Who receives a payout: the seller, the forwarder acting for it, or the buyer where the policy
 * lets the buyer be paid (`payeesAllowed`).
 */
export const PayeeRole = t.keyof({ seller: null, forwarder: null, buyer: null });
export type PayeeRole = t.TypeOf<typeof PayeeRole>;

/** The payee an acceptance names: its role and the party paid. */
export const Payee = closed({ role: PayeeRole, partyId: PartyId });
export type Payee = t.TypeOf<typeof Payee>;

/** How a payout reaches the payee. */
export const PaymentMethod = t.keyof({
  'bank-transfer': null,
  wallet: null,
  cheque: null,
  'marketplace-refund': null,
});
export type PaymentMethod = t.TypeOf<typeof PaymentMethod>;

/** Written on acceptances and payments stored before payees were kept: nothing was recorded, nothing is invented. */
export const notRecorded = 'not-recorded';

/** Whether an event recorded its payee (events stored before payees were kept did not). */
export const payeeRecorded = (payee: RecordedPayee): payee is Payee => payee.role !== notRecorded;

/** A payee's role as events record it: `not-recorded` only on events stored before payees were kept. */
export const RecordedPayeeRole = t.keyof({
  seller: null,
  forwarder: null,
  buyer: null,
  'not-recorded': null,
});
export type RecordedPayeeRole = t.TypeOf<typeof RecordedPayeeRole>;

/**
 * A payee as events record it. Acceptances and payments stored before payees were kept hold
 * `payeeNotRecorded`: role and party both `not-recorded`, nothing invented.
 */
export const RecordedPayee = closed({ role: RecordedPayeeRole, partyId: PartyId });
export type RecordedPayee = t.TypeOf<typeof RecordedPayee>;

/** A payment method as events record it: `not-recorded` only on events stored before methods were kept. */
export const RecordedPaymentMethod = t.keyof({
  'bank-transfer': null,
  wallet: null,
  cheque: null,
  'marketplace-refund': null,
  'not-recorded': null,
});
export type RecordedPaymentMethod = t.TypeOf<typeof RecordedPaymentMethod>;
