import { describe, expect, it } from 'vitest';
import { addWorkingDays, cnMainlandCalendar, nextWorkingDay } from '../../src/calendar/index.js';
import { localDate } from '../../src/time/local-date.js';
import { at } from './fixtures.js';

const cn = cnMainlandCalendar;
const cnRef = { id: 'cn-mainland', version: 'cn-mainland/2026.1', zone: 'Asia/Shanghai' };

const workingDays = (
  from: string,
  dueAt: string,
  day: string,
  count: number,
  weekendsOnlyFallback = false,
) => ({
  from: at(from),
  dueAt,
  localDate: day,
  basis: { unit: 'working-days', count },
  calendar: cnRef,
  weekendsOnlyFallback,
});

describe('addWorkingDays in cn-mainland', () => {
  it('skips an ordinary weekend', () => {
    // Thursday 12 March 2026 → Fri 13 (1), Mon 16 (2), Tue 17 (3).
    expect(addWorkingDays(cn, at('2026-03-12T10:00:00+08:00'), 3)).toEqual(
      workingDays('2026-03-12T02:00:00.000Z', '2026-03-17T15:59:59.999Z', '2026-03-17', 3),
    );
  });

  it('counts the make-up Saturday before Spring Festival 2026 and skips the nine days off', () => {
    // Friday 13 February → Sat 14 (1), Tue 24 (2), Wed 25 (3).
    expect(addWorkingDays(cn, at('2026-02-13T10:00:00+08:00'), 3)).toEqual(
      workingDays('2026-02-13T02:00:00.000Z', '2026-02-25T15:59:59.999Z', '2026-02-25', 3),
    );
  });

  it('starts a Sunday start from Monday, which is itself not counted', () => {
    // Sunday 15 March → effective start Mon 16 → Tue 17, Wed 18, Thu 19.
    expect(addWorkingDays(cn, at('2026-03-15T11:00:00+08:00'), 3)).toEqual(
      workingDays('2026-03-15T03:00:00.000Z', '2026-03-19T15:59:59.999Z', '2026-03-19', 3),
    );
  });

  it('treats a Saturday start like a Monday start', () => {
    // Saturday 14 March + 3 = Thursday 19.
    expect(addWorkingDays(cn, at('2026-03-14T09:00:00+08:00'), 3)).toEqual(
      workingDays('2026-03-14T01:00:00.000Z', '2026-03-19T15:59:59.999Z', '2026-03-19', 3),
    );
  });

  it('starts a start on a weekday public holiday from the first day back', () => {
    // Monday 4 May 2026 (Labour Day) → effective start Wed 6 → Thu 7, Fri 8, Sat 9 (make-up day).
    expect(addWorkingDays(cn, at('2026-05-04T09:00:00+08:00'), 3)).toEqual(
      workingDays('2026-05-04T01:00:00.000Z', '2026-05-09T15:59:59.999Z', '2026-05-09', 3),
    );
  });

  it('starts a start on a weekend public holiday from the first day back', () => {
    // Saturday 3 October 2026 → effective start Thu 8 → Fri 9, Sat 10 (make-up day), Mon 12.
    expect(addWorkingDays(cn, at('2026-10-03T09:00:00+08:00'), 3)).toEqual(
      workingDays('2026-10-03T01:00:00.000Z', '2026-10-12T15:59:59.999Z', '2026-10-12', 3),
    );
  });

  it('does not count an adjusted working Saturday it starts on', () => {
    // Saturday 28 February 2026 is a working day → Mon 2 March (1), Tue 3 (2).
    expect(addWorkingDays(cn, at('2026-02-28T14:00:00+08:00'), 2)).toEqual(
      workingDays('2026-02-28T06:00:00.000Z', '2026-03-03T15:59:59.999Z', '2026-03-03', 2),
    );
  });

  it('crosses National Day 2025 onto the make-up Saturday', () => {
    // Tuesday 30 September 2025 → Oct 1–8 off → Thu 9 (1), Fri 10 (2), Sat 11 (3).
    expect(addWorkingDays(cn, at('2025-09-30T09:00:00+08:00'), 3)).toEqual(
      workingDays('2025-09-30T01:00:00.000Z', '2025-10-11T15:59:59.999Z', '2025-10-11', 3),
    );
  });

  it('counts the make-up Sunday before National Day 2025', () => {
    // Friday 26 September 2025 → Sun 28 (1).
    expect(addWorkingDays(cn, at('2025-09-26T09:00:00+08:00'), 1)).toEqual(
      workingDays('2025-09-26T01:00:00.000Z', '2025-09-28T15:59:59.999Z', '2025-09-28', 1),
    );
  });

  it('crosses Mid-Autumn and National Day 2026', () => {
    // Friday 18 September 2026 → Sun 20 (1), 21–24 (2–5), 28–30 (6–8), Thu 8 Oct (9), Fri 9 Oct (10).
    expect(addWorkingDays(cn, at('2026-09-18T09:00:00+08:00'), 10)).toEqual(
      workingDays('2026-09-18T01:00:00.000Z', '2026-10-09T15:59:59.999Z', '2026-10-09', 10),
    );
  });

  it('uses the Shanghai date of a late-evening UTC instant', () => {
    // 17:30 UTC on Thursday is 01:30 on Friday in Shanghai, so Friday is the start and Monday the due day.
    expect(addWorkingDays(cn, at('2026-03-12T17:30:00Z'), 1)).toEqual(
      workingDays('2026-03-12T17:30:00.000Z', '2026-03-16T15:59:59.999Z', '2026-03-16', 1),
    );
    expect(addWorkingDays(cn, at('2026-03-12T15:59:59.999Z'), 1)).toEqual(
      workingDays('2026-03-12T15:59:59.999Z', '2026-03-13T15:59:59.999Z', '2026-03-13', 1),
    );
  });

  it('starts on the make-up Saturday when the UTC instant is still Friday', () => {
    // 16:30 UTC on Friday 13 February 2026 is 00:30 on the working Saturday 14 in Shanghai.
    expect(addWorkingDays(cn, at('2026-02-13T16:30:00Z'), 1)).toEqual(
      workingDays('2026-02-13T16:30:00.000Z', '2026-02-24T15:59:59.999Z', '2026-02-24', 1),
    );
  });

  it('keeps holidays within the covered years across New Year 2026', () => {
    // Tuesday 30 December 2025 → Wed 31 (1), Jan 1–3 off, Sun 4 (make-up, 2), Mon 5 (3).
    expect(addWorkingDays(cn, at('2025-12-30T09:00:00+08:00'), 3)).toEqual(
      workingDays('2025-12-30T01:00:00.000Z', '2026-01-05T15:59:59.999Z', '2026-01-05', 3),
    );
  });

  it('falls back to weekends only in 2027 and says so', () => {
    // Wednesday 10 March 2027 → Thu 11, Fri 12, Mon 15.
    expect(addWorkingDays(cn, at('2027-03-10T09:00:00+08:00'), 3)).toEqual(
      workingDays('2027-03-10T01:00:00.000Z', '2027-03-15T15:59:59.999Z', '2027-03-15', 3, true),
    );
  });

  it('flags a deadline running from December 2026 into January 2027', () => {
    // Wednesday 30 December 2026 → Thu 31 (1), Fri 1 Jan 2027 (2, New Year unknown), Mon 4 (3).
    expect(addWorkingDays(cn, at('2026-12-30T09:00:00+08:00'), 3)).toEqual(
      workingDays('2026-12-30T01:00:00.000Z', '2027-01-04T15:59:59.999Z', '2027-01-04', 3, true),
    );
  });

  it('flags a deadline starting before the covered years', () => {
    // Monday 30 December 2024 → Tue 31 (1), Jan 1 off, Thu 2 (2).
    expect(addWorkingDays(cn, at('2024-12-30T09:00:00+08:00'), 2)).toEqual(
      workingDays('2024-12-30T01:00:00.000Z', '2025-01-02T15:59:59.999Z', '2025-01-02', 2, true),
    );
  });

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('throws a RangeError for n = %s', (n) => {
    expect(() => addWorkingDays(cn, at('2026-03-12T10:00:00+08:00'), n)).toThrow(RangeError);
  });
});

describe('nextWorkingDay in cn-mainland', () => {
  it.each([
    ['2026-02-13', '2026-02-14'],
    ['2026-02-14', '2026-02-24'],
    ['2026-09-30', '2026-10-08'],
    ['2025-12-31', '2026-01-04'],
    ['2026-03-13', '2026-03-16'],
    ['2026-12-31', '2027-01-01'],
  ])('after %s comes %s', (day, next) => {
    expect(nextWorkingDay(cn, localDate(day))).toBe(next);
  });
});
