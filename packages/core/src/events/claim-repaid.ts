import { ClaimId } from '../ids.js';
import { Money } from '../money/index.js';
import { defineEvent } from './define-event.js';
import { changeFollowUp } from './follow-up-draft.js';

/** The insured, its parcel found, paid `amount` of the payout back. */
export const claimRepaid = defineEvent('ClaimRepaid', { claimId: ClaimId, amount: Money }, (draft, data) => {
  changeFollowUp(draft, (f) =>
    f.found === null ? f : { ...f, found: { ...f.found, election: 'repay', repaid: data.amount } },
  );
});
