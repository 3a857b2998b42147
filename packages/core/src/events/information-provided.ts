import { Deadline } from '../calendar/index.js';
import { claimToChange } from '../decider/parcel-draft.js';
import { ClaimId, NonEmptyText } from '../ids.js';
import { ContentHash } from '../vocabulary/content-hash.js';
import { InformationSource } from '../vocabulary/information.js';
import { defineEvent } from './define-event.js';

/**
 * The party asked answered: the claim is back with the insurer and the decision clock runs again,
 * due by `decisionDue` (the working days left when it stopped, counted from the answer).
 */
export const informationProvided = defineEvent(
  'InformationProvided',
  {
    claimId: ClaimId,
    answeredBy: InformationSource,
    answer: NonEmptyText,
    contentHash: ContentHash,
    decisionDue: Deadline,
  },
  (draft, data) => {
    const claim = claimToChange(draft);
    if (claim === null) return;
    claim.status = 'submitted';
    claim.informationRequest = null;
    claim.decisionDue = data.decisionDue;
    claim.decisionClock = {
      workingDaysUsed: claim.decisionClock?.workingDaysUsed ?? 0,
      runningSince: data.at,
    };
  },
);
