import type { ClaimDraft, ParcelDraft } from '../decider/parcel-draft.js';
import { claimToChange } from '../decider/parcel-draft.js';
import type { FollowUp } from '../decider/state.js';

/**
 * Sets fields of what follows the current claim's decision; the follow-up is replaced, never
 * changed in place, as it may be shared with an earlier state.
 */
export const changeFollowUp = (
  draft: ParcelDraft,
  change: (followUp: FollowUp) => FollowUp,
): ClaimDraft | null => {
  const claim = claimToChange(draft);
  if (claim !== null) claim.followUp = change(claim.followUp);
  return claim;
};
