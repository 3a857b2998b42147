import { type Instant, isAfter } from '../time/instant.js';
import { type LocalDate, localDateYear } from '../time/local-date.js';
import { type BusinessCalendar, calendarRef } from './business-calendar.js';
import type { Deadline } from './deadline.js';
import { isWeekend, plusDays } from './local-day.js';
import { endOfLocalDay, localDateOf } from './local-time.js';
import { positiveInteger } from './positive-integer.js';

/**
 * Whether the local date is a working day: a declared make-up day always is, a holiday never is, any other
 * day is one from Monday to Friday. Outside the covered years no holidays are known, so only weekends rest.
 */
export const isWorkingDay = (calendar: BusinessCalendar, date: LocalDate): boolean => {
  if (calendar.adjustedWorkingDays.has(date)) return true;
  if (calendar.holidays.has(date)) return false;
  return !isWeekend(date);
};

/** The first working day strictly after the date. */
export const nextWorkingDay = (calendar: BusinessCalendar, date: LocalDate): LocalDate => {
  let day = plusDays(date, 1);
  while (!isWorkingDay(calendar, day)) day = plusDays(day, 1);
  return day;
};

// A start on a non-working day behaves as a start on the next working day, which is then not counted.
const effectiveStart = (calendar: BusinessCalendar, date: LocalDate): LocalDate =>
  isWorkingDay(calendar, date) ? date : nextWorkingDay(calendar, date);

const outsideCoverage = (calendar: BusinessCalendar, date: LocalDate): boolean => {
  if (calendar.coverage === null) return false;
  const year = localDateYear(date);
  return year < calendar.coverage.fromYear || year > calendar.coverage.toYear;
};

/**
 * The deadline at the end of the `n`th working day after `start`, in the calendar's zone. The start day is
 * not counted; a start on a non-working day counts from the next working day, so a Saturday start behaves
 * like a Monday start. Throws a RangeError unless `n` is an integer of at least 1.
 */
export const addWorkingDays = (calendar: BusinessCalendar, start: Instant, n: number): Deadline => {
  const count = positiveInteger(n);
  const startDate = localDateOf(calendar, start);
  let day = effectiveStart(calendar, startDate);
  for (let counted = 0; counted < count; counted += 1) day = nextWorkingDay(calendar, day);
  return {
    from: start,
    dueAt: endOfLocalDay(calendar, day),
    localDate: day,
    basis: { unit: 'working-days', count },
    calendar: calendarRef(calendar),
    // Coverage is one span of years and the days looked at are one span of days, so checking both ends suffices.
    weekendsOnlyFallback: outsideCoverage(calendar, startDate) || outsideCoverage(calendar, day),
  };
};

/**
 * How many working days lie after the effective start of `from` (its local date if a working day, else the
 * next working day) up to and including the local date of `to`; 0 unless `to` is after `from`.
 * `countWorkingDays(c, s, addWorkingDays(c, s, n).dueAt)` is `n`.
 */
export const countWorkingDays = (calendar: BusinessCalendar, from: Instant, to: Instant): number => {
  if (!isAfter(to, from)) return 0;
  const last = localDateOf(calendar, to);
  let day = nextWorkingDay(calendar, effectiveStart(calendar, localDateOf(calendar, from)));
  let count = 0;
  while (day <= last) {
    count += 1;
    day = nextWorkingDay(calendar, day);
  }
  return count;
};
