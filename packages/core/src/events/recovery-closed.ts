import { ClaimId, NonEmptyText } from '../ids.js';
import { Money } from '../money/index.js';
import { defineEvent } from './define-event.js';
import { changeFollowUp } from './follow-up-draft.js';

/** The insurer gave up what is still outstanding of the recovery: `writtenOff`, for `reason`. */
export const recoveryClosed = defineEvent(
  'RecoveryClosed',
  { claimId: ClaimId, reason: NonEmptyText, writtenOff: Money },
  (draft, data) => {
    changeFollowUp(draft, (f) =>
      f.recovery === null
        ? f
        : {
            ...f,
            recovery: {
              ...f.recovery,
              closed: { reason: data.reason, writtenOff: data.writtenOff, at: data.at },
            },
          },
    );
  },
);
