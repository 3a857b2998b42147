import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { addWorkingDays, cnMainlandCalendar, Deadline, isOverdue } from '../../src/calendar/index.js';
import { at } from './fixtures.js';

const deadline = addWorkingDays(cnMainlandCalendar, at('2026-02-13T10:00:00+08:00'), 3);

describe('Deadline codec', () => {
  it('reads back a stored deadline unchanged', () => {
    expect(Deadline.decode(JSON.parse(JSON.stringify(deadline)))).toEqual(E.right(deadline));
  });

  it('decodes the stored form field by field', () => {
    expect(
      Deadline.decode({
        from: '2026-02-13T02:00:00.000Z',
        dueAt: '2026-02-25T15:59:59.999Z',
        localDate: '2026-02-25',
        basis: { unit: 'working-days', count: 3 },
        calendar: { id: 'cn-mainland', version: 'cn-mainland/2026.1', zone: 'Asia/Shanghai' },
        weekendsOnlyFallback: false,
      }),
    ).toEqual(E.right(deadline));
  });

  it.each([
    ['a zero count', { basis: { unit: 'working-days', count: 0 } }],
    ['a fractional count', { basis: { unit: 'calendar-days', count: 1.5 } }],
    ['an unknown unit', { basis: { unit: 'hours', count: 3 } }],
    ['a due time with an offset', { dueAt: '2026-02-25T23:59:59.999+08:00' }],
    ['an impossible local date', { localDate: '2026-02-30' }],
    ['a malformed calendar id', { calendar: { id: 'CN', version: 'x', zone: 'Asia/Shanghai' } }],
    ['a missing fallback flag', { weekendsOnlyFallback: undefined }],
  ])('refuses %s', (_what, change) => {
    expect(E.isLeft(Deadline.decode({ ...deadline, ...change }))).toBe(true);
  });
});

describe('isOverdue', () => {
  it.each([
    ['2026-02-25T15:59:59.998Z', false],
    ['2026-02-25T15:59:59.999Z', false],
    ['2026-02-25T16:00:00.000Z', true],
    ['2026-02-13T02:00:00.000Z', false],
  ])('at %s: %s', (now, overdue) => {
    expect(isOverdue(deadline, at(now))).toBe(overdue);
  });
});
