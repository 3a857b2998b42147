import type { ParcelModel } from './parcel-model.js';
import { accepted, unchanged, type Verdict } from './verdict.js';

/**
 * R9, R10 and the decision service level, the simple way: a gathering claim with a document not in
 * after its due date lapses; a submitted claim past its stored decision due date is flagged once;
 * an accepted, unpaid claim past the payout due date stored in ClaimAccepted is flagged once.
 */
export const judgeDeadlines = (parcel: ParcelModel, now: number): Verdict => {
  const claim = parcel.claim;
  if (claim === null) return unchanged('no claim');
  if (claim.status === 'gathering' && claim.documents.some((d) => d.status !== 'attached' && now > d.dueAt))
    return accepted('ClaimLapsed');
  if (
    claim.status === 'submitted' &&
    !claim.decisionFlagged &&
    claim.decisionDueAt !== null &&
    now > claim.decisionDueAt
  )
    return accepted('DecisionOverdue');
  if (
    claim.status === 'accepted' &&
    claim.paid === null &&
    !claim.payoutFlagged &&
    claim.payoutDueAt !== null &&
    now > claim.payoutDueAt
  )
    return accepted('PayoutOverdue');
  return unchanged('nothing due');
};
