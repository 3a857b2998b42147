import { claimToChange } from '../decider/parcel-draft.js';
import { ClaimId, NonEmptyText } from '../ids.js';
import { Instant } from '../time/instant.js';
import { InformationSource, WorkingDaysUsed } from '../vocabulary/information.js';
import { defineEvent } from './define-event.js';

/**
 * The insurer asked a party for more before deciding: the claim needs action, and the decision
 * clock stops with `decisionDaysUsed` of its working days used (the day of the request included).
 */
export const informationRequested = defineEvent(
  'InformationRequested',
  {
    claimId: ClaimId,
    question: NonEmptyText,
    askedOf: InformationSource,
    answerDue: Instant,
    decisionDaysUsed: WorkingDaysUsed,
  },
  (draft, data) => {
    const claim = claimToChange(draft);
    if (claim === null) return;
    claim.status = 'needs-action';
    claim.informationRequest = {
      question: data.question,
      askedOf: data.askedOf,
      answerDue: data.answerDue,
      requestedAt: data.at,
    };
    claim.decisionClock = { workingDaysUsed: data.decisionDaysUsed, runningSince: null };
  },
);
