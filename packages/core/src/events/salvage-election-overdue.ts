import { ClaimId } from '../ids.js';
import { Instant } from '../time/instant.js';
import { defineEvent } from './define-event.js';
import { changeFollowUp } from './follow-up-draft.js';

/** The insured did not elect by the due date stored when the parcel was found. */
export const salvageElectionOverdue = defineEvent(
  'SalvageElectionOverdue',
  { claimId: ClaimId, dueAt: Instant },
  (draft) => {
    changeFollowUp(draft, (f) =>
      f.found === null ? f : { ...f, found: { ...f.found, electionOverdue: true } },
    );
  },
);
