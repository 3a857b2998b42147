import assert from 'node:assert/strict';
import type { Deadline } from '@parcel-claims/core';
import { isEndOfShanghaiDay, iso, shanghaiDay } from './time.js';

/**
 * How many calendar days N working days can span in the cn-mainland calendar: at least N, and at
 * most N plus the longest run of rest days (Spring Festival with its weekends) and a weekend start.
 */
const maxSpan = (workingDays: number): number => workingDays + Math.ceil(workingDays / 5) * 2 + 12;

/**
 * Reads a working-day deadline the service stored. The model cannot count working days, so it takes
 * the due instant as given, and checks only what any such deadline must be: the end of a Shanghai
 * local day, computed from the event's own time, between N and a bounded number of days later.
 */
export const storedWorkingDayDeadline = (
  what: string,
  deadline: Deadline,
  decidedAt: number,
  workingDays: number,
): number => {
  const dueAt = Date.parse(deadline.dueAt);
  const span = shanghaiDay(dueAt) - shanghaiDay(decidedAt);
  assert.equal(
    Date.parse(deadline.from),
    decidedAt,
    `${what}: counted from ${deadline.from}, decided at ${iso(decidedAt)}`,
  );
  assert.ok(isEndOfShanghaiDay(dueAt), `${what}: ${deadline.dueAt} is not the end of a Shanghai local day`);
  assert.ok(
    span >= workingDays && span <= maxSpan(workingDays),
    `${what}: due ${deadline.dueAt} is ${span} local days after ${iso(decidedAt)}; ${workingDays} working days span ${workingDays}..${maxSpan(workingDays)}`,
  );
  return dueAt;
};
