import type { DateTime } from 'luxon';
import { type LocalDate, localDate } from '../time/local-date.js';

/** The calendar date of a luxon date-time in its own zone; throws if luxon could not build it. */
export const dateOf = (dateTime: DateTime): LocalDate => {
  const iso = dateTime.toISODate();
  if (iso === null)
    throw new RangeError(`no calendar date: ${dateTime.invalidExplanation ?? 'invalid date-time'}`);
  return localDate(iso);
};

const DAY_MS = 86_400_000;

// Zone-free day arithmetic happens on the UTC calendar, where every day is exactly 86,400,000 ms
// long. `setUTCFullYear` (unlike `Date.UTC`) keeps years 0-99 as they are.
const utcMillis = (date: LocalDate): number =>
  new Date(0).setUTCFullYear(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)) - 1,
    Number(date.slice(8, 10)),
  );

/** The date `days` calendar days after `date` (before it when negative). */
export const plusDays = (date: LocalDate, days: number): LocalDate => {
  const moved = new Date(utcMillis(date) + days * DAY_MS);
  if (Number.isNaN(moved.getTime())) throw new RangeError('no calendar date: invalid date-time');
  // Years outside 0000-9999 come out as ±YYYYYY, which localDate refuses with the text.
  const iso = moved.toISOString();
  return localDate(iso.slice(0, iso.indexOf('T')));
};

/** True on Saturdays and Sundays. */
export const isWeekend = (date: LocalDate): boolean => {
  const weekday = new Date(utcMillis(date)).getUTCDay();
  return weekday === 0 || weekday === 6;
};
