import { Deadline } from '../calendar/index.js';
import { claimToChange } from '../decider/parcel-draft.js';
import { ClaimId } from '../ids.js';
import { defineEvent } from './define-event.js';

/** The complete dossier went to the insurer, who decides by `decisionDue`. */
export const claimSubmitted = defineEvent(
  'ClaimSubmitted',
  { claimId: ClaimId, decisionDue: Deadline },
  (draft, data) => {
    const claim = claimToChange(draft);
    if (claim === null) return;
    claim.status = 'submitted';
    claim.decisionDue = data.decisionDue;
    claim.decisionClock = { workingDaysUsed: 0, runningSince: data.at };
  },
);
