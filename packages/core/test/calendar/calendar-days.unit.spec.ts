import { describe, expect, it } from 'vitest';
import { addCalendarDays, cnMainlandCalendar } from '../../src/calendar/index.js';
import { at } from './fixtures.js';

const cnRef = { id: 'cn-mainland', version: 'cn-mainland/2026.1', zone: 'Asia/Shanghai' };

describe('addCalendarDays', () => {
  it('ends at the end of the local day n days later, holidays included', () => {
    expect(addCalendarDays(cnMainlandCalendar, at('2026-02-13T10:00:00+08:00'), 14)).toEqual({
      from: '2026-02-13T02:00:00.000Z',
      dueAt: '2026-02-27T15:59:59.999Z',
      localDate: '2026-02-27',
      basis: { unit: 'calendar-days', count: 14 },
      calendar: cnRef,
      weekendsOnlyFallback: false,
    });
  });

  it('counts from the Shanghai date of a late-evening UTC instant', () => {
    expect(addCalendarDays(cnMainlandCalendar, at('2026-02-13T16:30:00Z'), 1)).toEqual({
      from: '2026-02-13T16:30:00.000Z',
      dueAt: '2026-02-15T15:59:59.999Z',
      localDate: '2026-02-15',
      basis: { unit: 'calendar-days', count: 1 },
      calendar: cnRef,
      weekendsOnlyFallback: false,
    });
  });

  it('never flags a weekends-only fallback, even outside the covered years', () => {
    expect(addCalendarDays(cnMainlandCalendar, at('2026-12-20T10:00:00+08:00'), 120)).toEqual({
      from: '2026-12-20T02:00:00.000Z',
      dueAt: '2027-04-19T15:59:59.999Z',
      localDate: '2027-04-19',
      basis: { unit: 'calendar-days', count: 120 },
      calendar: cnRef,
      weekendsOnlyFallback: false,
    });
  });

  it.each([0, -3, 2.5])('throws a RangeError for n = %s', (n) => {
    expect(() => addCalendarDays(cnMainlandCalendar, at('2026-02-13T10:00:00+08:00'), n)).toThrow(RangeError);
  });
});
