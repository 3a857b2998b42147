import { claimToChange } from '../decider/parcel-draft.js';
import { ClaimId } from '../ids.js';
import { Instant } from '../time/instant.js';
import { defineEvent } from './define-event.js';

/** Written by a deadline check: the complete dossier has waited longer than the decision service level. */
export const decisionOverdue = defineEvent(
  'DecisionOverdue',
  { claimId: ClaimId, dueAt: Instant },
  (draft) => {
    const claim = claimToChange(draft);
    if (claim !== null) claim.decisionOverdue = true;
  },
);
