import * as t from 'io-ts';
import { Deadline } from '../calendar/index.js';
import { ClaimId, PieceId } from '../ids.js';
import { defineEvent } from './define-event.js';
import { changeFollowUp } from './follow-up-draft.js';

/** Pieces of a paid claim turned up; the insured elects by `electionDue` to repay or to surrender them. */
export const parcelFoundAfterPayout = defineEvent(
  'ParcelFoundAfterPayout',
  { claimId: ClaimId, pieceIds: t.array(PieceId), electionDue: Deadline },
  (draft, data) => {
    changeFollowUp(draft, (f) => ({
      ...f,
      found: {
        pieceIds: data.pieceIds,
        foundAt: data.at,
        electionDue: data.electionDue,
        election: null,
        electionOverdue: false,
        repaid: null,
      },
    }));
  },
);
