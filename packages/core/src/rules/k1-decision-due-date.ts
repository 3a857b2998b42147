import { addWorkingDays, type BusinessCalendar, type Deadline, isOverdue } from '../calendar/index.js';
import type { Claim } from '../decider/state.js';
import type { PolicyParameters } from '../policy/parameters.js';
import type { Instant } from '../time/instant.js';

/** K1: the insurer decides within `decisionAfterCompleteDossier` working days of the submission. */
export const decisionDueDate = (
  calendar: BusinessCalendar,
  p: PolicyParameters,
  submittedAt: Instant,
): Deadline => addWorkingDays(calendar, submittedAt, p.decisionAfterCompleteDossier.value);

/** K1: a submitted claim still undecided after its decision due date is flagged once. */
export const decisionNowOverdue = (claim: Claim, now: Instant): boolean =>
  claim.status === 'submitted' &&
  !claim.decisionOverdue &&
  claim.decisionDue !== null &&
  isOverdue(claim.decisionDue, now);
