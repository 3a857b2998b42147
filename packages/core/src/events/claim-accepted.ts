import { Deadline } from '../calendar/index.js';
import { nullable } from '../codec/nullable.js';
import { claimToChange } from '../decider/parcel-draft.js';
import { ClaimId, NonEmptyText } from '../ids.js';
import { Money } from '../money/index.js';
import { RecordedPayee, RecordedPaymentMethod } from '../vocabulary/payee.js';
import { defineEvent } from './define-event.js';
import { PayoutBreakdown } from './parts.js';

/**
 * The insurer approved an amount, with how it relates to the coverage, payable by `payoutDue` to
 * the payee by the method named. Below the cap it is a partial approval (`approved-partial`) and
 * `partialReason` says why; null when the whole cap was approved.
 */
export const claimAccepted = defineEvent(
  'ClaimAccepted',
  {
    claimId: ClaimId,
    approvedAmount: Money,
    breakdown: PayoutBreakdown,
    payoutDue: Deadline,
    partialReason: nullable(NonEmptyText),
    payee: RecordedPayee,
    method: RecordedPaymentMethod,
  },
  (draft, data) => {
    const claim = claimToChange(draft);
    if (claim === null) return;
    claim.status = data.partialReason === null ? 'accepted' : 'approved-partial';
    claim.acceptance = {
      approvedAmount: data.approvedAmount,
      breakdown: data.breakdown,
      payoutDue: data.payoutDue,
      acceptedAt: data.at,
      partialReason: data.partialReason,
      payee: data.payee,
      method: data.method,
    };
  },
);
