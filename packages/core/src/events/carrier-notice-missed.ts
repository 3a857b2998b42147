import { Deadline } from '../calendar/index.js';
import { nullable } from '../codec/nullable.js';
import { ClaimId, PartyId } from '../ids.js';
import { defineEvent } from './define-event.js';
import { changeFollowUp } from './follow-up-draft.js';

/** The carrier's notice window passed without notice: the recovery against it is at risk. */
export const carrierNoticeMissed = defineEvent(
  'CarrierNoticeMissed',
  { claimId: ClaimId, carrierId: nullable(PartyId), noticeDue: Deadline },
  (draft) => {
    changeFollowUp(draft, (f) => ({ ...f, carrierNoticeMissed: true }));
  },
);
