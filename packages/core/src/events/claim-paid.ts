import { claimToChange } from '../decider/parcel-draft.js';
import { ClaimId, NonEmptyText } from '../ids.js';
import { Money } from '../money/index.js';
import { RecordedPayee, RecordedPaymentMethod } from '../vocabulary/payee.js';
import { defineEvent } from './define-event.js';

/** The insurer paid the approved amount to the payee by the method the acceptance named. */
export const claimPaid = defineEvent(
  'ClaimPaid',
  {
    claimId: ClaimId,
    amount: Money,
    paymentReference: NonEmptyText,
    payee: RecordedPayee,
    method: RecordedPaymentMethod,
  },
  (draft, data) => {
    const claim = claimToChange(draft);
    if (claim === null) return;
    claim.status = 'paid';
    claim.payment = {
      amount: data.amount,
      paymentReference: data.paymentReference,
      paidAt: data.at,
      payee: data.payee,
      method: data.method,
    };
    claim.closure = { status: 'paid', at: data.at };
  },
);
