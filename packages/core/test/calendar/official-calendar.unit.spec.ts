import { describe, expect, it } from 'vitest';
import {
  calendarId,
  cnMainlandSchedules,
  isWorkingDay,
  officialCalendar,
  type YearSchedule,
} from '../../src/calendar/index.js';
import { localDate } from '../../src/time/local-date.js';

const notice = { title: 'Holiday notice', issuedBy: 'Somebody', issuedOn: localDate('2026-11-01') };

const year2027: YearSchedule = {
  year: 2027,
  revision: 1,
  notice,
  holidays: [
    {
      name: 'Spring Festival',
      localName: '春节',
      daysOff: { first: localDate('2027-02-05'), last: localDate('2027-02-12') },
      makeUpWorkingDays: [localDate('2027-02-14')],
    },
  ],
};

const spec = (years: readonly YearSchedule[], zone = 'Asia/Shanghai') => ({
  id: calendarId('cn-test'),
  name: 'test',
  zone,
  years,
});

describe('officialCalendar', () => {
  it('covers and versions a calendar by the years appended to it', () => {
    const calendar = officialCalendar(spec([...cnMainlandSchedules, year2027]));
    expect({ version: calendar.version, coverage: calendar.coverage }).toEqual({
      version: 'cn-test/2027.1',
      coverage: { fromYear: 2025, toYear: 2027 },
    });
    expect(isWorkingDay(calendar, localDate('2027-02-08'))).toBe(false);
    expect(isWorkingDay(calendar, localDate('2027-02-14'))).toBe(true);
  });

  it('raises the edition when a year is amended', () => {
    const amended = cnMainlandSchedules.map((schedule) =>
      schedule.year === 2025 ? { ...schedule, revision: 2 } : schedule,
    );
    expect(officialCalendar(spec(amended)).version).toBe('cn-test/2026.2');
  });

  it.each([
    ['no years', spec([])],
    ['a gap between years', spec([cnMainlandSchedules[0] ?? year2027, year2027])],
    ['years out of order', spec([year2027, ...cnMainlandSchedules])],
    ['an unknown zone', spec(cnMainlandSchedules, 'Asia/Atlantis')],
    ['a revision of 0', spec([{ ...year2027, revision: 0 }])],
    [
      'days off ending before they start',
      spec([
        {
          ...year2027,
          holidays: [
            {
              name: 'Backwards',
              localName: '倒',
              daysOff: { first: localDate('2027-02-12'), last: localDate('2027-02-05') },
              makeUpWorkingDays: [],
            },
          ],
        },
      ]),
    ],
    [
      'a day both off and worked',
      spec([
        {
          ...year2027,
          holidays: [
            {
              name: 'Clash',
              localName: '冲突',
              daysOff: { first: localDate('2027-02-05'), last: localDate('2027-02-12') },
              makeUpWorkingDays: [localDate('2027-02-06')],
            },
          ],
        },
      ]),
    ],
  ])('refuses %s', (_what, bad) => {
    expect(() => officialCalendar(bad)).toThrow(RangeError);
  });
});
