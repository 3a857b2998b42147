import { DateTime } from 'luxon';
import { type LocalDate, localDate } from '../time/local-date.js';

// Zone-free day arithmetic happens on the UTC calendar, where every day is exactly one step long.
const onUtcCalendar = (date: LocalDate): DateTime => DateTime.fromISO(date, { zone: 'utc' });

/** The calendar date of a luxon date-time in its own zone; throws if luxon could not build it. */
export const dateOf = (dateTime: DateTime): LocalDate => {
  const iso = dateTime.toISODate();
  if (iso === null)
    throw new RangeError(`no calendar date: ${dateTime.invalidExplanation ?? 'invalid date-time'}`);
  return localDate(iso);
};

/** The date `days` calendar days after `date` (before it when negative). */
export const plusDays = (date: LocalDate, days: number): LocalDate =>
  dateOf(onUtcCalendar(date).plus({ days }));

/** True on Saturdays and Sundays. */
export const isWeekend = (date: LocalDate): boolean => onUtcCalendar(date).weekday >= 6;
