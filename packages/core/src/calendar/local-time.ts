import { DateTime } from 'luxon';
import { type Instant, instantFromMillis, instantMillis } from '../time/instant.js';
import type { LocalDate } from '../time/local-date.js';
import type { BusinessCalendar } from './business-calendar.js';
import { dateOf } from './local-day.js';

/** How many answers of each of `localDateOf` and `endOfLocalDay` are remembered before starting afresh. */
export const endOfDayMemoLimit = 1024;

/**
 * A memo of a pure function of a string key, holding at most {@link endOfDayMemoLimit} answers:
 * resolving a zone's offset through luxon and Intl is the costly part of every deadline, and a
 * decision asks the same question several times (one start instant for five document deadlines).
 */
const memo = <A>(): ((key: string, compute: () => A) => A) => {
  const answers = new Map<string, A>();
  return (key, compute) => {
    const known = answers.get(key);
    if (known !== undefined) return known;
    const answer = compute();
    if (answers.size >= endOfDayMemoLimit) answers.clear();
    answers.set(key, answer);
    return answer;
  };
};

const localDates = memo<LocalDate>();

/** The local date, in the calendar's zone, at which the instant falls. */
export const localDateOf = (calendar: BusinessCalendar, instant: Instant): LocalDate =>
  localDates(`${calendar.zone} ${instant}`, () =>
    dateOf(DateTime.fromMillis(instantMillis(instant), { zone: calendar.zone })),
  );

const endsOfDay = memo<Instant>();

/**
 * The last millisecond of a local day (23:59:59.999 in the calendar's zone) as a UTC instant.
 * Luxon resolves the zone's offset for that very moment, so days shortened or lengthened by DST end right.
 */
export const endOfLocalDay = (calendar: BusinessCalendar, date: LocalDate): Instant =>
  endsOfDay(`${calendar.zone} ${date}`, () => {
    const end = DateTime.fromISO(date, { zone: calendar.zone }).endOf('day');
    if (!end.isValid)
      throw new RangeError(`no end of ${date} in zone ${calendar.zone}: ${end.invalidExplanation}`);
    return instantFromMillis(end.toMillis());
  });
