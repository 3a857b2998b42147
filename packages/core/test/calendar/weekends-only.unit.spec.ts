import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  addWorkingDays,
  countWorkingDays,
  endOfLocalDay,
  isWorkingDay,
  weekendsOnlyCalendar,
} from '../../src/calendar/index.js';
import { localDate } from '../../src/time/local-date.js';
import { at, rightOf } from './fixtures.js';

const berlin = rightOf(weekendsOnlyCalendar('Europe/Berlin'));
const berlinRef = { id: 'weekends:Europe/Berlin', version: 'weekends/1', zone: 'Europe/Berlin' };

describe('weekendsOnlyCalendar', () => {
  it('builds a holiday-free calendar named after its zone', () => {
    expect(berlin).toEqual({
      id: 'weekends:Europe/Berlin',
      name: 'Weekends only (Europe/Berlin)',
      zone: 'Europe/Berlin',
      version: 'weekends/1',
      coverage: null,
      holidays: new Set(),
      adjustedWorkingDays: new Set(),
    });
  });

  it.each(['Mars/Olympus', '', 'Europe/Berlin ', '+08:00'])('refuses the zone %j', (zone) => {
    expect(weekendsOnlyCalendar(zone)).toEqual(
      E.left({ code: 'InvalidTimeZone', zone, message: `not an IANA time zone: ${JSON.stringify(zone)}` }),
    );
  });

  it.each([
    ['2026-12-25', true],
    ['2026-12-26', false],
    ['2026-12-27', false],
    ['2030-01-01', true],
  ])('%s is a working day: %s', (day, working) => {
    expect(isWorkingDay(berlin, localDate(day))).toBe(working);
  });
});

describe('Europe/Berlin across daylight saving time', () => {
  it.each([
    ['2026-03-28', '2026-03-28T22:59:59.999Z'],
    ['2026-03-29', '2026-03-29T21:59:59.999Z'],
    ['2026-03-30', '2026-03-30T21:59:59.999Z'],
    ['2026-10-24', '2026-10-24T21:59:59.999Z'],
    ['2026-10-25', '2026-10-25T22:59:59.999Z'],
  ])('the local day %s ends at %s', (day, end) => {
    expect(endOfLocalDay(berlin, localDate(day))).toBe(end);
  });

  it('adds a working day over the spring-forward weekend', () => {
    expect(addWorkingDays(berlin, at('2026-03-27T10:00:00+01:00'), 1)).toEqual({
      from: '2026-03-27T09:00:00.000Z',
      dueAt: '2026-03-30T21:59:59.999Z',
      localDate: '2026-03-30',
      basis: { unit: 'working-days', count: 1 },
      calendar: berlinRef,
      weekendsOnlyFallback: false,
    });
  });

  it('adds a working day over the fall-back weekend', () => {
    expect(addWorkingDays(berlin, at('2026-10-23T12:00:00+02:00'), 1)).toEqual({
      from: '2026-10-23T10:00:00.000Z',
      dueAt: '2026-10-26T22:59:59.999Z',
      localDate: '2026-10-26',
      basis: { unit: 'working-days', count: 1 },
      calendar: berlinRef,
      weekendsOnlyFallback: false,
    });
  });

  it('starts from Saturday when the UTC instant is still Friday', () => {
    // 23:30 UTC on Friday 27 March is 00:30 on Saturday in Berlin: effective start Monday, due Tuesday.
    expect(addWorkingDays(berlin, at('2026-03-27T23:30:00Z'), 1)).toEqual({
      from: '2026-03-27T23:30:00.000Z',
      dueAt: '2026-03-31T21:59:59.999Z',
      localDate: '2026-03-31',
      basis: { unit: 'working-days', count: 1 },
      calendar: berlinRef,
      weekendsOnlyFallback: false,
    });
  });

  it('ends a calendar-day deadline on the 23-hour day', () => {
    expect(addCalendarDays(berlin, at('2026-03-28T13:00:00+01:00'), 1)).toEqual({
      from: '2026-03-28T12:00:00.000Z',
      dueAt: '2026-03-29T21:59:59.999Z',
      localDate: '2026-03-29',
      basis: { unit: 'calendar-days', count: 1 },
      calendar: berlinRef,
      weekendsOnlyFallback: false,
    });
  });

  it('counts the working days of a week spanning the change', () => {
    expect(countWorkingDays(berlin, at('2026-03-26T10:00:00+01:00'), at('2026-04-01T10:00:00+02:00'))).toBe(
      4,
    );
  });
});
