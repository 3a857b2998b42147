import { claimToChange } from '../decider/parcel-draft.js';
import { ClaimId } from '../ids.js';
import { WithdrawalReason } from '../vocabulary/reasons.js';
import { defineEvent } from './define-event.js';

/** The claim ended without a decision: the seller withdrew it, or the lost parcel was delivered. */
export const claimWithdrawn = defineEvent(
  'ClaimWithdrawn',
  { claimId: ClaimId, reason: WithdrawalReason },
  (draft, data) => {
    const claim = claimToChange(draft);
    if (claim === null) return;
    claim.status = 'withdrawn';
    claim.closure = { status: 'withdrawn', at: data.at, reason: data.reason };
  },
);
