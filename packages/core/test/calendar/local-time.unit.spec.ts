import { describe, expect, it } from 'vitest';
import { cnMainlandCalendar, endOfLocalDay, localDateOf } from '../../src/calendar/index.js';
import { localDate } from '../../src/time/local-date.js';
import { at } from './fixtures.js';

describe('localDateOf in Asia/Shanghai', () => {
  it.each([
    ['2026-03-12T15:59:59.999Z', '2026-03-12'],
    ['2026-03-12T16:00:00.000Z', '2026-03-13'],
    ['2025-12-31T16:00:00.000Z', '2026-01-01'],
    ['2026-01-01T00:00:00.000Z', '2026-01-01'],
  ])('%s falls on %s', (instant, day) => {
    expect(localDateOf(cnMainlandCalendar, at(instant))).toBe(day);
  });
});

describe('endOfLocalDay in Asia/Shanghai', () => {
  it.each([
    ['2026-02-25', '2026-02-25T15:59:59.999Z'],
    ['2026-12-31', '2026-12-31T15:59:59.999Z'],
  ])('%s ends at %s', (day, end) => {
    expect(endOfLocalDay(cnMainlandCalendar, localDate(day))).toBe(end);
  });
});
