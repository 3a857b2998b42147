import {
  deadlinesInForce,
  describeDeadlines,
  escapeForDisplay,
  eventDetails,
  localTime,
  whatChanged,
} from '@parcel-claims/audit';
import { formatMoney, isAfter, type ParcelState } from '@parcel-claims/core';
import type { Step } from './run-story.js';

const ZONE = 'Asia/Shanghai';

/**
 * The timeline, one line per event with what it recorded under it (values, pieces, the indemnity
 * steps of the acceptance), then the final state; recorded text is escaped, so it keeps to its line.
 */
export const report = (steps: readonly Step[]): string[] => {
  const width = Math.max(...steps.map((s) => s.event.type.length));
  const lines = [`Parcel timeline (local time, ${ZONE})`, ''];
  for (const { event, state } of steps) {
    const deadlines = describeDeadlines(deadlinesInForce(state, event.data.at));
    lines.push(
      `${localTime(event.data.at, ZONE)}  ${event.type.padEnd(width)}  ${escapeForDisplay(whatChanged(event))}`,
    );
    const indent = ' '.repeat(18 + width);
    for (const detail of eventDetails(event)) lines.push(`${indent}  ${escapeForDisplay(detail)}`);
    if (deadlines.length > 0) lines.push(`${indent}  due: ${escapeForDisplay(deadlines.join('; '))}`);
  }
  const last = steps[steps.length - 1];
  return last === undefined ? lines : [...lines, '', ...finalState(last.state)];
};

const finalState = (state: ParcelState): string[] => {
  const claim = state.claim;
  if (claim === null) return ['No claim.'];
  const lines = [`Claim ${claim.claimId}: ${claim.status}`];
  if (claim.acceptance !== null)
    lines.push(
      `Approved ${formatMoney(claim.acceptance.approvedAmount)} of a sum insured of ${formatMoney(claim.acceptance.breakdown.sumInsured)}; payout due ${claim.acceptance.payoutDue.localDate} (end of day, ${ZONE})`,
    );
  if (claim.payment !== null && claim.acceptance !== null) {
    const onTime = !isAfter(claim.payment.paidAt, claim.acceptance.payoutDue.dueAt);
    lines.push(
      `Paid ${formatMoney(claim.payment.amount)} on ${localTime(claim.payment.paidAt, ZONE)}, ${onTime ? 'within' : 'after'} the payout due date`,
    );
  }
  return lines;
};
