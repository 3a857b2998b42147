import { Deadline } from '../calendar/index.js';
import { claimToChange } from '../decider/parcel-draft.js';
import { ClaimId } from '../ids.js';
import { Money } from '../money/index.js';
import { defineEvent } from './define-event.js';
import { PayoutBreakdown } from './parts.js';

/** The insurer approved an amount, with how it relates to the coverage, payable by `payoutDue`. */
export const claimAccepted = defineEvent(
  'ClaimAccepted',
  { claimId: ClaimId, approvedAmount: Money, breakdown: PayoutBreakdown, payoutDue: Deadline },
  (draft, data) => {
    const claim = claimToChange(draft);
    if (claim === null) return;
    claim.status = 'accepted';
    claim.acceptance = {
      approvedAmount: data.approvedAmount,
      breakdown: data.breakdown,
      payoutDue: data.payoutDue,
      acceptedAt: data.at,
    };
  },
);
