import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import {
  builtInCalendars,
  CalendarRef,
  calendarId,
  calendarRegistry,
  cnMainlandCalendar,
  weekendsOnlyCalendar,
} from '../../src/calendar/index.js';
import { rightOf } from './fixtures.js';

describe('builtInCalendars', () => {
  it('resolves cn-mainland', () => {
    expect(builtInCalendars.resolve(calendarId('cn-mainland'))).toEqual(E.right(cnMainlandCalendar));
  });

  it('resolves any weekends-only zone on demand', () => {
    expect(builtInCalendars.resolve(calendarId('weekends:America/Argentina/Buenos_Aires'))).toEqual(
      weekendsOnlyCalendar('America/Argentina/Buenos_Aires'),
    );
  });

  it('refuses a weekends-only id with an unknown zone', () => {
    expect(builtInCalendars.resolve(calendarId('weekends:Nowhere/Land'))).toEqual(
      E.left({
        code: 'InvalidTimeZone',
        zone: 'Nowhere/Land',
        message: 'not an IANA time zone: "Nowhere/Land"',
      }),
    );
  });

  it('refuses an unknown calendar', () => {
    expect(builtInCalendars.resolve(calendarId('uk-bank-holidays'))).toEqual(
      E.left({
        code: 'UnknownCalendar',
        id: 'uk-bank-holidays',
        message: 'unknown calendar: uk-bank-holidays',
      }),
    );
  });
});

describe('calendarRegistry', () => {
  it('prefers a listed calendar to an on-demand one', () => {
    const tokyo = { ...rightOf(weekendsOnlyCalendar('Asia/Tokyo')), name: 'Tokyo office' };
    expect(calendarRegistry([tokyo]).resolve(calendarId('weekends:Asia/Tokyo'))).toEqual(E.right(tokyo));
  });

  it('refuses two calendars with one id', () => {
    expect(() => calendarRegistry([cnMainlandCalendar, cnMainlandCalendar])).toThrow(RangeError);
  });

  it('knows nothing but weekends-only calendars when empty', () => {
    expect(E.isLeft(calendarRegistry([]).resolve(calendarId('cn-mainland')))).toBe(true);
  });
});

describe('CalendarId and CalendarRef', () => {
  it.each(['cn-mainland', 'weekends:Europe/Berlin', 'weekends:Etc/GMT+5', 'weekends:America/Port-au-Prince'])(
    'accepts %s',
    (id) => {
      expect(E.isRight(CalendarRef.decode({ id, version: 'v', zone: 'z' }))).toBe(true);
    },
  );

  it('accepts an id of 128 characters and refuses one of 129', () => {
    const id = (length: number) => `weekends:${'A'.repeat(length - 'weekends:'.length)}`;
    expect(E.isRight(CalendarRef.decode({ id: id(128), version: 'v', zone: 'z' }))).toBe(true);
    expect(E.isLeft(CalendarRef.decode({ id: id(129), version: 'v', zone: 'z' }))).toBe(true);
    expect(E.isLeft(CalendarRef.decode({ id: 'x'.repeat(1_000_000), version: 'v', zone: 'z' }))).toBe(true);
    expect(() => calendarId(id(129))).toThrow(RangeError);
  });

  it.each(['', 'CN-Mainland', 'cn mainland', 'weekends:', 'weekends:Europe/Berlin:x', ':Europe/Berlin'])(
    'refuses %j',
    (id) => {
      expect(E.isLeft(CalendarRef.decode({ id, version: 'v', zone: 'z' }))).toBe(true);
      expect(() => calendarId(id)).toThrow(RangeError);
    },
  );
});
