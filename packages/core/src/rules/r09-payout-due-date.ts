import { addWorkingDays, type BusinessCalendar, type Deadline, isOverdue } from '../calendar/index.js';
import { type Claim, isApproved } from '../decider/state.js';
import type { PolicyParameters } from '../policy/parameters.js';
import type { Instant } from '../time/instant.js';

/**
 * R9: payout is due at the end of the Nth working day after acceptance in the payer calendar
 * (policy `payoutAfterAcceptance`, default 3). Computed once and stored in ClaimAccepted.
 */
export const payoutDueDate = (
  calendar: BusinessCalendar,
  p: PolicyParameters,
  acceptedAt: Instant,
): Deadline => addWorkingDays(calendar, acceptedAt, p.payoutAfterAcceptance.value);

/** R9: overdue is flagged once, if and only if the claim is accepted, unpaid and past its stored due date. */
export const payoutNowOverdue = (claim: Claim, now: Instant): boolean =>
  isApproved(claim) &&
  claim.payment === null &&
  !claim.payoutOverdue &&
  claim.acceptance !== null &&
  isOverdue(claim.acceptance.payoutDue, now);
