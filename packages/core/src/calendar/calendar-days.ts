import type { Instant } from '../time/instant.js';
import { type BusinessCalendar, calendarRef } from './business-calendar.js';
import type { Deadline } from './deadline.js';
import { plusDays } from './local-day.js';
import { endOfLocalDay, localDateOf } from './local-time.js';
import { positiveInteger } from './positive-integer.js';

/**
 * The deadline at the end of the local day `n` calendar days after the local date of `start`, in the
 * calendar's zone. Holidays do not matter here, so the calendar only lends its zone.
 * Throws a RangeError unless `n` is an integer of at least 1.
 */
export const addCalendarDays = (calendar: BusinessCalendar, start: Instant, n: number): Deadline => {
  const count = positiveInteger(n);
  const day = plusDays(localDateOf(calendar, start), count);
  return {
    from: start,
    dueAt: endOfLocalDay(calendar, day),
    localDate: day,
    basis: { unit: 'calendar-days', count },
    calendar: calendarRef(calendar),
    weekendsOnlyFallback: false,
  };
};
