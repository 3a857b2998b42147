import { claimToChange } from '../decider/parcel-draft.js';
import { ClaimId } from '../ids.js';
import { Instant } from '../time/instant.js';
import { defineEvent } from './define-event.js';

/** Written by a deadline check: the claim was accepted and is still unpaid after its payout due date. */
export const payoutOverdue = defineEvent('PayoutOverdue', { claimId: ClaimId, dueAt: Instant }, (draft) => {
  const claim = claimToChange(draft);
  if (claim !== null) claim.payoutOverdue = true;
});
