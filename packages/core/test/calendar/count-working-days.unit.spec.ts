import { describe, expect, it } from 'vitest';
import { cnMainlandCalendar, countWorkingDays } from '../../src/calendar/index.js';
import { at } from './fixtures.js';

const cn = cnMainlandCalendar;

describe('countWorkingDays in cn-mainland', () => {
  it.each([
    ['across Spring Festival 2026', '2026-02-13T10:00:00+08:00', '2026-02-25T23:59:59.999+08:00', 3],
    [
      'to the make-up Saturday, whatever the hour',
      '2026-02-13T10:00:00+08:00',
      '2026-02-14T09:00:00+08:00',
      1,
    ],
    ['within one local day', '2026-03-12T10:00:00+08:00', '2026-03-12T17:00:00+08:00', 0],
    [
      'from a Sunday to the Monday it starts from',
      '2026-03-15T10:00:00+08:00',
      '2026-03-16T12:00:00+08:00',
      0,
    ],
    ['from a Sunday to the Tuesday', '2026-03-15T10:00:00+08:00', '2026-03-17T08:00:00+08:00', 1],
    ['across National Day 2025', '2025-09-30T09:00:00+08:00', '2025-10-11T23:59:59.999+08:00', 3],
    [
      'through February 2026 from a Saturday',
      '2026-01-31T12:00:00+08:00',
      '2026-02-28T23:59:59.999+08:00',
      15,
    ],
    [
      'by the Shanghai date of a late-evening UTC instant',
      '2026-03-12T10:00:00+08:00',
      '2026-03-12T16:00:00Z',
      1,
    ],
    ['into 2027 with weekends only', '2026-12-30T09:00:00+08:00', '2027-01-04T09:00:00+08:00', 3],
  ])('%s', (_what, from, to, expected) => {
    expect(countWorkingDays(cn, at(from), at(to))).toBe(expected);
  });

  it('is 0 when to equals from', () => {
    expect(countWorkingDays(cn, at('2026-03-12T10:00:00+08:00'), at('2026-03-12T10:00:00+08:00'))).toBe(0);
  });

  it('is 0 when to is before from', () => {
    expect(countWorkingDays(cn, at('2026-03-20T10:00:00+08:00'), at('2026-03-12T10:00:00+08:00'))).toBe(0);
  });
});
