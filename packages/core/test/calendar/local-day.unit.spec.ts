import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  addWorkingDays,
  cnMainlandCalendar,
  endOfLocalDay,
  isWorkingDay,
  localDateOf,
  weekendsOnlyCalendar,
} from '../../src/calendar/index.js';
import { isWeekend, plusDays } from '../../src/calendar/local-day.js';
import { endOfDayMemoLimit } from '../../src/calendar/local-time.js';
import { instantFromMillis } from '../../src/time/instant.js';
import { type LocalDate, localDate } from '../../src/time/local-date.js';
import { at, rightOf } from './fixtures.js';

// The reference: the same questions answered through luxon, as the calendar did before it used
// plain UTC day arithmetic and remembered ends of day.
const luxonDay = (date: LocalDate): DateTime => DateTime.fromISO(date, { zone: 'utc' });
const luxonPlusDays = (date: LocalDate, days: number): string | null =>
  luxonDay(date).plus({ days }).toISODate();
const luxonIsWeekend = (date: LocalDate): boolean => luxonDay(date).weekday >= 6;
const luxonEndOfDay = (zone: string, date: LocalDate): string =>
  instantFromMillis(DateTime.fromISO(date, { zone }).endOf('day').toMillis());

/** Every day from the first to the last, both included. */
const daysFrom = (first: string, last: string): LocalDate[] => {
  const days: LocalDate[] = [];
  for (
    let day = DateTime.fromISO(first, { zone: 'utc' });
    day.toISODate() !== last;
    day = day.plus({ days: 1 })
  ) {
    days.push(localDate(day.toISODate() ?? ''));
  }
  days.push(localDate(last));
  return days;
};

const thrownMessage = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    return error instanceof RangeError ? `RangeError: ${error.message}` : 'not a RangeError';
  }
  return 'returned';
};

const steps = [-400, -31, -7, -1, 0, 1, 2, 7, 30, 366] as const;
// 2025 and 2026 (the years cn-mainland covers) with a margin, so steps cross both year ends.
const days = daysFrom('2024-11-01', '2027-02-28');
const berlin = rightOf(weekendsOnlyCalendar('Europe/Berlin'));

// Each test compares thousands of days with luxon, which takes seconds on a loaded machine.
describe('calendar day arithmetic agrees with luxon on every day of 2025 and 2026', {
  timeout: 30_000,
}, () => {
  it('plusDays, for steps back and forth across months, years and a leap day', () => {
    const ours = days.flatMap((day) => steps.map((n) => plusDays(day, n)));
    const theirs = days.flatMap((day) => steps.map((n) => luxonPlusDays(day, n)));
    expect(ours).toEqual(theirs);
  });

  it('isWeekend', () => {
    expect(days.map(isWeekend)).toEqual(days.map(luxonIsWeekend));
    expect(
      [localDate('2026-02-28'), localDate('2026-03-01'), localDate('2026-03-02')].map(isWeekend),
    ).toEqual([true, true, false]);
  });

  it('isWorkingDay in cn-mainland, make-up Saturdays and Sundays included', () => {
    const reference = (day: LocalDate): boolean =>
      cnMainlandCalendar.adjustedWorkingDays.has(day) ||
      (!cnMainlandCalendar.holidays.has(day) && !luxonIsWeekend(day));
    expect(days.map((day) => isWorkingDay(cnMainlandCalendar, day))).toEqual(days.map(reference));
    expect(
      ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11', '2026-01-04', '2026-02-14'].map(
        (day) => isWorkingDay(cnMainlandCalendar, localDate(day)),
      ),
    ).toEqual([true, true, true, true, true, true, true]);
  });

  it('endOfLocalDay in Shanghai and Berlin (across both DST changes), asked twice', () => {
    for (const calendar of [cnMainlandCalendar, berlin]) {
      const reference = days.map((day) => luxonEndOfDay(calendar.zone, day));
      expect(days.map((day) => endOfLocalDay(calendar, day))).toEqual(reference);
      expect(days.map((day) => endOfLocalDay(calendar, day))).toEqual(reference);
    }
  });

  it('deadlines from every day of 2025 and 2026 in working and calendar days', () => {
    const reference = (start: LocalDate, n: number): string => {
      let day = start;
      const working = (d: LocalDate) =>
        cnMainlandCalendar.adjustedWorkingDays.has(d) ||
        (!cnMainlandCalendar.holidays.has(d) && !luxonIsWeekend(d));
      const next = (d: LocalDate) => {
        let candidate = localDate(luxonPlusDays(d, 1) ?? '');
        while (!working(candidate)) candidate = localDate(luxonPlusDays(candidate, 1) ?? '');
        return candidate;
      };
      if (!working(day)) day = next(day);
      for (let i = 0; i < n; i += 1) day = next(day);
      return day;
    };
    const inYears = daysFrom('2025-01-01', '2026-12-31');
    const startOf = (day: LocalDate) => at(`${day}T10:00:00+08:00`);
    expect(inYears.map((day) => addWorkingDays(cnMainlandCalendar, startOf(day), 5).localDate)).toEqual(
      inYears.map((day) => reference(day, 5)),
    );
    expect(inYears.map((day) => addCalendarDays(cnMainlandCalendar, startOf(day), 30).dueAt)).toEqual(
      inYears.map((day) => luxonEndOfDay(cnMainlandCalendar.zone, localDate(luxonPlusDays(day, 30) ?? ''))),
    );
  });
});

describe('calendar day arithmetic at the edges of four-digit years', () => {
  it('keeps years 0-99 as they are', () => {
    expect([plusDays(localDate('0050-03-01'), -1), plusDays(localDate('0099-12-31'), 1)]).toEqual([
      '0050-02-28',
      '0100-01-01',
    ]);
    expect([isWeekend(localDate('0001-01-06')), isWeekend(localDate('0001-01-05'))]).toEqual([
      luxonIsWeekend(localDate('0001-01-06')),
      luxonIsWeekend(localDate('0001-01-05')),
    ]);
  });

  it('refuses dates beyond 0000-9999 with their text, and steps beyond any date', () => {
    expect([
      thrownMessage(() => plusDays(localDate('9999-12-31'), 1)),
      thrownMessage(() => plusDays(localDate('0000-01-01'), -1)),
      thrownMessage(() => plusDays(localDate('9999-12-31'), 1e9)),
    ]).toEqual([
      'RangeError: not a YYYY-MM-DD date: +010000-01-01',
      'RangeError: not a YYYY-MM-DD date: -000001-12-31',
      'RangeError: no calendar date: invalid date-time',
    ]);
  });
});

describe('remembered local dates and ends of day', { timeout: 30_000 }, () => {
  it('local dates of instants agree with luxon, asked twice, across DST changes and past the memo limit', () => {
    // Every 7 hours through 2026: both Berlin DST changes, every local midnight region.
    const instants = Array.from({ length: 1300 }, (_, k) =>
      instantFromMillis(Date.UTC(2026, 0, 1) + k * 7 * 3_600_000 + (k % 3) * 1_799_999),
    );
    for (const calendar of [cnMainlandCalendar, berlin]) {
      const reference = instants.map((instant) =>
        DateTime.fromMillis(Date.parse(instant), { zone: calendar.zone }).toISODate(),
      );
      expect(instants.map((instant) => localDateOf(calendar, instant))).toEqual(reference);
      expect(instants.map((instant) => localDateOf(calendar, instant))).toEqual(reference);
    }
  });

  it('stay right past the memo limit, when the memo starts afresh', () => {
    const many = daysFrom('2024-01-01', '2027-01-31');
    expect(many.length).toBeGreaterThan(endOfDayMemoLimit);
    const reference = many.map((day) => luxonEndOfDay(berlin.zone, day));
    expect(many.map((day) => endOfLocalDay(berlin, day))).toEqual(reference);
    expect(many.map((day) => endOfLocalDay(berlin, day))).toEqual(reference);
  });
});
