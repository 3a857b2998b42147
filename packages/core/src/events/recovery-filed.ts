import { nullable } from '../codec/nullable.js';
import { ClaimId, NonEmptyText, PartyId } from '../ids.js';
import { Money, zeroOf } from '../money/index.js';
import { defineEvent } from './define-event.js';
import { changeFollowUp } from './follow-up-draft.js';

/** Having paid, the insurer claims `amount` back from the carrier (subrogation). */
export const recoveryFiled = defineEvent(
  'RecoveryFiled',
  { claimId: ClaimId, carrierId: nullable(PartyId), amount: Money, reference: NonEmptyText },
  (draft, data) => {
    changeFollowUp(draft, (f) => ({
      ...f,
      recovery: {
        filed: data.amount,
        filedAt: data.at,
        received: zeroOf(data.amount.currency),
        full: false,
        closed: null,
      },
    }));
  },
);
