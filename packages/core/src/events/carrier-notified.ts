import { Deadline } from '../calendar/index.js';
import { nullable } from '../codec/nullable.js';
import { ClaimId, NonEmptyText, PartyId } from '../ids.js';
import { defineEvent } from './define-event.js';
import { changeFollowUp } from './follow-up-draft.js';

/** The insurer gave the carrier written notice of the claim; `noticeDue` is the window it had to meet. */
export const carrierNotified = defineEvent(
  'CarrierNotified',
  { claimId: ClaimId, carrierId: nullable(PartyId), reference: NonEmptyText, noticeDue: Deadline },
  (draft, data) => {
    changeFollowUp(draft, (f) => ({
      ...f,
      carrierNotice: {
        carrierId: data.carrierId,
        reference: data.reference,
        noticeDue: data.noticeDue,
        notifiedAt: data.at,
      },
    }));
  },
);
