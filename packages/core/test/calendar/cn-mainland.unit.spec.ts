import { describe, expect, it } from 'vitest';
import { cnMainlandCalendar, isWorkingDay } from '../../src/calendar/index.js';
import { localDate } from '../../src/time/local-date.js';

// Every day off and every make-up working day of the State Council notices for 2025 and 2026.
const daysOff: readonly (readonly [string, string])[] = [
  ['2025-01-01', "New Year's Day"],
  ['2025-01-28', 'Spring Festival'],
  ['2025-01-29', 'Spring Festival'],
  ['2025-01-30', 'Spring Festival'],
  ['2025-01-31', 'Spring Festival'],
  ['2025-02-01', 'Spring Festival'],
  ['2025-02-02', 'Spring Festival'],
  ['2025-02-03', 'Spring Festival'],
  ['2025-02-04', 'Spring Festival'],
  ['2025-04-04', 'Qingming'],
  ['2025-04-05', 'Qingming'],
  ['2025-04-06', 'Qingming'],
  ['2025-05-01', 'Labour Day'],
  ['2025-05-02', 'Labour Day'],
  ['2025-05-03', 'Labour Day'],
  ['2025-05-04', 'Labour Day'],
  ['2025-05-05', 'Labour Day'],
  ['2025-05-31', 'Dragon Boat'],
  ['2025-06-01', 'Dragon Boat'],
  ['2025-06-02', 'Dragon Boat'],
  ['2025-10-01', 'National Day and Mid-Autumn'],
  ['2025-10-02', 'National Day and Mid-Autumn'],
  ['2025-10-03', 'National Day and Mid-Autumn'],
  ['2025-10-04', 'National Day and Mid-Autumn'],
  ['2025-10-05', 'National Day and Mid-Autumn'],
  ['2025-10-06', 'National Day and Mid-Autumn'],
  ['2025-10-07', 'National Day and Mid-Autumn'],
  ['2025-10-08', 'National Day and Mid-Autumn'],
  ['2026-01-01', "New Year's Day"],
  ['2026-01-02', "New Year's Day"],
  ['2026-01-03', "New Year's Day"],
  ['2026-02-15', 'Spring Festival'],
  ['2026-02-16', 'Spring Festival'],
  ['2026-02-17', 'Spring Festival'],
  ['2026-02-18', 'Spring Festival'],
  ['2026-02-19', 'Spring Festival'],
  ['2026-02-20', 'Spring Festival'],
  ['2026-02-21', 'Spring Festival'],
  ['2026-02-22', 'Spring Festival'],
  ['2026-02-23', 'Spring Festival'],
  ['2026-04-04', 'Qingming'],
  ['2026-04-05', 'Qingming'],
  ['2026-04-06', 'Qingming'],
  ['2026-05-01', 'Labour Day'],
  ['2026-05-02', 'Labour Day'],
  ['2026-05-03', 'Labour Day'],
  ['2026-05-04', 'Labour Day'],
  ['2026-05-05', 'Labour Day'],
  ['2026-06-19', 'Dragon Boat'],
  ['2026-06-20', 'Dragon Boat'],
  ['2026-06-21', 'Dragon Boat'],
  ['2026-09-25', 'Mid-Autumn'],
  ['2026-09-26', 'Mid-Autumn'],
  ['2026-09-27', 'Mid-Autumn'],
  ['2026-10-01', 'National Day'],
  ['2026-10-02', 'National Day'],
  ['2026-10-03', 'National Day'],
  ['2026-10-04', 'National Day'],
  ['2026-10-05', 'National Day'],
  ['2026-10-06', 'National Day'],
  ['2026-10-07', 'National Day'],
];

const makeUpDays: readonly (readonly [string, string])[] = [
  ['2025-01-26', 'Sunday before Spring Festival'],
  ['2025-02-08', 'Saturday after Spring Festival'],
  ['2025-04-27', 'Sunday before Labour Day'],
  ['2025-09-28', 'Sunday before National Day'],
  ['2025-10-11', 'Saturday after National Day'],
  ['2026-01-04', "Sunday after New Year's Day"],
  ['2026-02-14', 'Saturday before Spring Festival'],
  ['2026-02-28', 'Saturday after Spring Festival'],
  ['2026-05-09', 'Saturday after Labour Day'],
  ['2026-09-20', 'Sunday before National Day'],
  ['2026-10-10', 'Saturday after National Day'],
];

describe('cn-mainland calendar data', () => {
  it('describes itself with its version and covered years', () => {
    const { holidays: _h, adjustedWorkingDays: _a, ...meta } = cnMainlandCalendar;
    expect(meta).toEqual({
      id: 'cn-mainland',
      name: 'Mainland China (State Council public holidays)',
      zone: 'Asia/Shanghai',
      version: 'cn-mainland/2026.1',
      coverage: { fromYear: 2025, toYear: 2026 },
    });
  });

  it('holds exactly the days off of the 2025 and 2026 notices', () => {
    expect([...cnMainlandCalendar.holidays].sort()).toEqual(daysOff.map(([day]) => day));
  });

  it('holds exactly the make-up working days of the 2025 and 2026 notices', () => {
    expect([...cnMainlandCalendar.adjustedWorkingDays].sort()).toEqual(makeUpDays.map(([day]) => day));
  });

  it.each(daysOff)('%s (%s) is not a working day', (day) => {
    expect(isWorkingDay(cnMainlandCalendar, localDate(day))).toBe(false);
  });

  it.each(makeUpDays)('%s (%s) is a working day', (day) => {
    expect(isWorkingDay(cnMainlandCalendar, localDate(day))).toBe(true);
  });

  it.each([
    ['2026-02-13', 'Friday before Spring Festival', true],
    ['2026-02-24', 'Tuesday after Spring Festival', true],
    ['2026-03-14', 'ordinary Saturday', false],
    ['2026-03-15', 'ordinary Sunday', false],
    ['2025-12-31', 'Wednesday', true],
    ['2027-01-01', 'Friday, not covered: weekends only', true],
    ['2027-02-06', 'Saturday, not covered', false],
    ['2024-12-31', 'Tuesday, not covered', true],
  ])('%s (%s) is a working day: %s', (day, _what, working) => {
    expect(isWorkingDay(cnMainlandCalendar, localDate(day))).toBe(working);
  });
});
