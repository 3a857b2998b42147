import { claimToChange } from '../decider/parcel-draft.js';
import { ClaimId, NonEmptyText } from '../ids.js';
import { ClaimRejectionReason } from '../vocabulary/reasons.js';
import { defineEvent } from './define-event.js';

/** The insurer refused the claim, citing a reason. */
export const claimRejected = defineEvent(
  'ClaimRejected',
  { claimId: ClaimId, reason: ClaimRejectionReason, explanation: NonEmptyText },
  (draft, data) => {
    const claim = claimToChange(draft);
    if (claim === null) return;
    claim.status = 'rejected';
    claim.closure = { status: 'rejected', at: data.at, reason: data.reason };
  },
);
