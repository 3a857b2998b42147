import * as t from 'io-ts';
import { ClaimId, PieceId } from '../ids.js';
import { defineEvent } from './define-event.js';
import { changeFollowUp } from './follow-up-draft.js';

/** The insured, its parcel found, left the found pieces to the insurer and keeps the payout. */
export const goodsSurrendered = defineEvent(
  'GoodsSurrendered',
  { claimId: ClaimId, pieceIds: t.array(PieceId) },
  (draft) => {
    changeFollowUp(draft, (f) =>
      f.found === null ? f : { ...f, found: { ...f.found, election: 'surrender' } },
    );
  },
);
