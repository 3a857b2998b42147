import * as t from 'io-ts';
import { closed } from '../codec/closed.js';
import { Instant, isAfter } from '../time/instant.js';
import { LocalDate } from '../time/local-date.js';
import { CalendarRef } from './business-calendar.js';
import { PositiveInteger } from './positive-integer.js';

/**
 * A due moment computed once and stored with the calendar version it was computed with; replaying events
 * reads it back and never recomputes it, so later holiday data cannot move an old deadline.
 */
export const Deadline = closed({
  from: Instant,
  dueAt: Instant,
  /** The local date, in the calendar's zone, on whose last millisecond the deadline falls. */
  localDate: LocalDate,
  basis: t.union([
    closed({ unit: t.literal('working-days'), count: PositiveInteger }),
    closed({ unit: t.literal('calendar-days'), count: PositiveInteger }),
  ]),
  calendar: CalendarRef,
  /** True when a day counted lay outside the calendar's covered years, so only weekends were known. */
  weekendsOnlyFallback: t.boolean,
});
export type Deadline = t.TypeOf<typeof Deadline>;

/** True once `now` is after the due instant; at the due millisecond itself the deadline is still met. */
export const isOverdue = (deadline: Deadline, now: Instant): boolean => isAfter(now, deadline.dueAt);
