import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  cnMainlandCalendar,
  countWorkingDays,
  isWorkingDay,
  localDateOf,
  weekendsOnlyCalendar,
} from '../../src/calendar/index.js';
import { compareInstants, instantFromMillis } from '../../src/time/instant.js';
import { rightOf } from './fixtures.js';

const calendars = [
  cnMainlandCalendar,
  rightOf(weekendsOnlyCalendar('Europe/Berlin')),
  rightOf(weekendsOnlyCalendar('America/New_York')),
];

const calendar = fc.constantFrom(...calendars);
const instant = fc
  .integer({ min: Date.parse('2025-01-01T00:00:00.000Z'), max: Date.parse('2026-12-31T23:59:59.999Z') })
  .map(instantFromMillis);
const days = fc.integer({ min: 1, max: 30 });

describe('working-day laws', () => {
  it('ends on the last millisecond of a working day strictly after the start', () => {
    fc.assert(
      fc.property(calendar, instant, days, (cal, start, n) => {
        const deadline = addWorkingDays(cal, start, n);
        expect(isWorkingDay(cal, deadline.localDate)).toBe(true);
        expect(localDateOf(cal, deadline.dueAt)).toBe(deadline.localDate);
        expect(compareInstants(deadline.dueAt, start)).toBeGreaterThan(0);
      }),
    );
  });

  it('moves strictly later as n grows', () => {
    fc.assert(
      fc.property(calendar, instant, days, days, (cal, start, a, b) => {
        fc.pre(a !== b);
        const [fewer, more] = a < b ? [a, b] : [b, a];
        const earlier = addWorkingDays(cal, start, fewer).dueAt;
        const later = addWorkingDays(cal, start, more).dueAt;
        expect(compareInstants(earlier, later)).toBeLessThan(0);
      }),
    );
  });

  it('never moves earlier for a later start', () => {
    fc.assert(
      fc.property(calendar, instant, instant, days, (cal, a, b, n) => {
        const [first, second] = compareInstants(a, b) <= 0 ? [a, b] : [b, a];
        const dueFirst = addWorkingDays(cal, first, n).dueAt;
        const dueSecond = addWorkingDays(cal, second, n).dueAt;
        expect(compareInstants(dueFirst, dueSecond)).toBeLessThanOrEqual(0);
      }),
    );
  });

  it('counts back the n working days it added', () => {
    fc.assert(
      fc.property(calendar, instant, days, (cal, start, n) => {
        expect(countWorkingDays(cal, start, addWorkingDays(cal, start, n).dueAt)).toBe(n);
      }),
    );
  });
});
