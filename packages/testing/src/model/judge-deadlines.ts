import type { ParcelModel } from './parcel-model.js';
import { endOfShanghaiDayAfter } from './time.js';
import { accepted, unchanged, type Verdict } from './verdict.js';

/**
 * R9, R10 and the decision service level, the simple way: a gathering claim with a document not in
 * after its due date lapses; a submitted claim past its stored decision due date is flagged once;
 * an accepted, unpaid claim past the payout due date stored in ClaimAccepted is flagged once; then
 * a carrier notice never given (N1) and a salvage election never made (N4), each once.
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
  // N1 under the default contract: damage 21 calendar days from delivery, a loss or partial loss 30
  // from acceptance.
  const damage = claim.claimType === 'damage';
  const noticeFrom = damage ? parcel.deliveredAt : claim.acceptedAt;
  if (
    (claim.status === 'accepted' || claim.status === 'paid') &&
    !claim.noticeFlagged &&
    noticeFrom !== null &&
    now > endOfShanghaiDayAfter(noticeFrom, damage ? 21 : 30)
  )
    return accepted('CarrierNoticeMissed');
  if (claim.foundAt !== null && !claim.electionFlagged && now > endOfShanghaiDayAfter(claim.foundAt, 30))
    return accepted('SalvageElectionOverdue');
  return unchanged('nothing due');
};
