import { DateTime } from 'luxon';
import { type Instant, instantFromMillis, instantMillis } from '../time/instant.js';
import type { LocalDate } from '../time/local-date.js';
import type { BusinessCalendar } from './business-calendar.js';
import { dateOf } from './local-day.js';

/** The local date, in the calendar's zone, at which the instant falls. */
export const localDateOf = (calendar: BusinessCalendar, instant: Instant): LocalDate =>
  dateOf(DateTime.fromMillis(instantMillis(instant), { zone: calendar.zone }));

const computeEndOfLocalDay = (zone: string, date: LocalDate): Instant => {
  const end = DateTime.fromISO(date, { zone }).endOf('day');
  if (!end.isValid) throw new RangeError(`no end of ${date} in zone ${zone}: ${end.invalidExplanation}`);
  return instantFromMillis(end.toMillis());
};

/** How many (zone, date) ends of day are remembered before the memo starts afresh. */
export const endOfDayMemoLimit = 1024;
const endOfDayMemo = new Map<string, Instant>();

/**
 * The last millisecond of a local day (23:59:59.999 in the calendar's zone) as a UTC instant.
 * Luxon resolves the zone's offset for that very moment, so days shortened or lengthened by DST end right.
 * The answer depends on the zone and the date alone, so it is remembered (up to
 * {@link endOfDayMemoLimit} of them): resolving a zone's offset is the costly part of a deadline.
 */
export const endOfLocalDay = (calendar: BusinessCalendar, date: LocalDate): Instant => {
  const key = `${calendar.zone} ${date}`;
  const known = endOfDayMemo.get(key);
  if (known !== undefined) return known;
  const end = computeEndOfLocalDay(calendar.zone, date);
  if (endOfDayMemo.size >= endOfDayMemoLimit) endOfDayMemo.clear();
  endOfDayMemo.set(key, end);
  return end;
};
