import { DateTime } from 'luxon';
import { type Instant, instantFromMillis, instantMillis } from '../time/instant.js';
import type { LocalDate } from '../time/local-date.js';
import type { BusinessCalendar } from './business-calendar.js';
import { dateOf } from './local-day.js';

/** The local date, in the calendar's zone, at which the instant falls. */
export const localDateOf = (calendar: BusinessCalendar, instant: Instant): LocalDate =>
  dateOf(DateTime.fromMillis(instantMillis(instant), { zone: calendar.zone }));

/**
 * The last millisecond of a local day (23:59:59.999 in the calendar's zone) as a UTC instant.
 * Luxon resolves the zone's offset for that very moment, so days shortened or lengthened by DST end right.
 */
export const endOfLocalDay = (calendar: BusinessCalendar, date: LocalDate): Instant => {
  const end = DateTime.fromISO(date, { zone: calendar.zone }).endOf('day');
  if (!end.isValid)
    throw new RangeError(`no end of ${date} in zone ${calendar.zone}: ${end.invalidExplanation}`);
  return instantFromMillis(end.toMillis());
};
