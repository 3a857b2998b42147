import * as E from 'fp-ts/lib/Either.js';
import { DateTime, Settings } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  type BusinessCalendar,
  calendarId,
  calendarRegistry,
  cnMainlandCalendar,
  cnMainlandSchedules,
  countWorkingDays,
  endOfLocalDay,
  officialCalendar,
  positiveInteger,
  weekendsOnlyCalendar,
  type YearSchedule,
} from '../../src/calendar/index.js';
import { dateOf, isWeekend, plusDays } from '../../src/calendar/local-day.js';
import { Instant, instantFromMillis } from '../../src/time/instant.js';
import { LocalDate, localDate } from '../../src/time/local-date.js';
import { at } from '../calendar/fixtures.js';

/** The name and message of what `run` throws, or undefined when it returns. */
const thrown = (run: () => unknown): { readonly name: string; readonly message: string } | undefined => {
  try {
    run();
  } catch (error) {
    return error instanceof Error
      ? { name: error.name, message: error.message }
      : { name: '?', message: '?' };
  }
  return undefined;
};

const rangeError = (message: string) => ({ name: 'RangeError', message });

describe('instants', () => {
  it('refuses strings of the right shape that name no moment', () => {
    expect(
      [
        '2026-02-28T00:00:00Z',
        '2026-02-28T23:59:59.999Z',
        '2026-13-01T00:00:00.000Z',
        '2026-02-30T00:00:00.000Z',
        '2026-02-28T24:30:00.000Z',
      ].map((s) => Instant.is(s)),
    ).toEqual([true, true, false, false, false]);
  });

  it('refuses to write an instant beyond year 9999', () => {
    expect(thrown(() => instantFromMillis(Date.UTC(10000, 0, 1)))).toEqual(
      rangeError('not a representable instant: 253402300800000'),
    );
  });
});

describe('local dates', () => {
  it('knows the Gregorian leap years and month lengths', () => {
    expect(
      [
        '2000-02-29',
        '2100-02-29',
        '2024-02-29',
        '2025-02-29',
        '2026-04-30',
        '2026-04-31',
        '2026-12-31',
        '2026-00-10',
        '2026-13-01',
        '2026-01-00',
        '2026-1-5',
        'x2026-01-05',
        '2026-01-05x',
        'nope',
      ].map((s) => LocalDate.is(s)),
    ).toEqual([true, false, true, false, true, false, true, false, false, false, false, false, false, false]);
  });

  it('refuses a malformed literal with its text', () => {
    expect(thrown(() => localDate('2026-02-30'))).toEqual(rangeError('not a YYYY-MM-DD date: 2026-02-30'));
  });
});

describe('day arithmetic', () => {
  it('refuses an invalid luxon date-time, with luxon’s explanation when it has one', () => {
    expect([
      thrown(() => dateOf(DateTime.invalid('because'))),
      thrown(() => dateOf(DateTime.invalid('because', 'the clock stopped'))),
    ]).toEqual([
      rangeError('no calendar date: invalid date-time'),
      rangeError('no calendar date: the clock stopped'),
    ]);
  });

  it('does not depend on the process-wide luxon default zone', () => {
    const previous = Settings.defaultZone;
    Settings.defaultZone = 'Nowhere/Bogus';
    try {
      expect([plusDays(localDate('2026-02-27'), 2), isWeekend(localDate('2026-02-28'))]).toEqual([
        '2026-03-01',
        true,
      ]);
    } finally {
      Settings.defaultZone = previous;
    }
  });

  it('refuses to end a day in a zone luxon does not know', () => {
    const calendar: BusinessCalendar = { ...cnMainlandCalendar, zone: 'Nowhere/Bogus' };
    expect(thrown(() => endOfLocalDay(calendar, localDate('2026-01-05')))).toEqual(
      rangeError('no end of 2026-01-05 in zone Nowhere/Bogus: the zone "Nowhere/Bogus" is not supported'),
    );
  });
});

describe('countWorkingDays', () => {
  // Sitka moved from Russian to American time on 18 October 1867: the local date ran back a day, so
  // an earlier instant can fall on a later local date. The Saturday is declared a working day here.
  const sitka: BusinessCalendar = {
    id: calendarId('sitka-test'),
    name: 'Sitka, 1867',
    zone: 'America/Sitka',
    version: 'sitka-test/1',
    coverage: null,
    holidays: new Set(),
    adjustedWorkingDays: new Set([localDate('1867-10-19')]),
  };

  it('counts nothing when `to` is not after `from`, even where the local date runs backwards', () => {
    const from = at('1867-10-19T06:00:00.000Z');
    const to = at('1867-10-19T00:00:00.000Z');
    expect(countWorkingDays(sitka, from, to)).toBe(0);
  });

  it('counts the declared Saturday once `to` is later', () => {
    const from = at('1867-10-19T06:00:00.000Z');
    const to = at('1867-10-20T06:00:00.000Z');
    expect(countWorkingDays(sitka, from, to)).toBe(1);
  });
});

describe('programming errors name what is wrong', () => {
  it('in a calendar id, a count, or a registry', () => {
    expect([
      thrown(() => calendarId('Not An Id')),
      thrown(() => positiveInteger(0)),
      thrown(() => positiveInteger(1.5)),
      thrown(() => calendarRegistry([cnMainlandCalendar, cnMainlandCalendar])),
    ]).toEqual([
      rangeError('not a calendar id: Not An Id'),
      rangeError('expected a positive integer, got 0'),
      rangeError('expected a positive integer, got 1.5'),
      rangeError('calendar cn-mainland is registered twice'),
    ]);
  });
});

describe('weekendsOnlyCalendar', () => {
  it('builds the whole calendar from the zone alone', () => {
    expect(weekendsOnlyCalendar('Europe/Berlin')).toEqual(
      E.right({
        id: 'weekends:Europe/Berlin',
        name: 'Weekends only (Europe/Berlin)',
        zone: 'Europe/Berlin',
        version: 'weekends/1',
        coverage: null,
        holidays: new Set(),
        adjustedWorkingDays: new Set(),
      }),
    );
  });
});

describe('officialCalendar', () => {
  const notice = { title: 'Holiday notice', issuedBy: 'Somebody', issuedOn: localDate('2026-11-01') };
  const year2027: YearSchedule = {
    year: 2027,
    revision: 1,
    notice,
    holidays: [
      {
        name: 'Spring Festival',
        localName: '春节',
        daysOff: { first: localDate('2027-02-05'), last: localDate('2027-02-08') },
        makeUpWorkingDays: [localDate('2027-02-14')],
      },
      {
        name: 'Labour Day',
        localName: '劳动节',
        daysOff: { first: localDate('2027-05-01'), last: localDate('2027-05-01') },
        makeUpWorkingDays: [],
      },
    ],
  };
  const spec = (years: readonly YearSchedule[], zone = 'Asia/Shanghai') => ({
    id: calendarId('cn-test'),
    name: 'test',
    zone,
    years,
  });

  it('holds every day off from first to last, both included, and the make-up days', () => {
    expect(officialCalendar(spec([year2027]))).toEqual({
      id: 'cn-test',
      name: 'test',
      zone: 'Asia/Shanghai',
      version: 'cn-test/2027.1',
      coverage: { fromYear: 2027, toYear: 2027 },
      holidays: new Set(['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-05-01']),
      adjustedWorkingDays: new Set(['2027-02-14']),
    });
  });

  it('names the calendar, year or holiday at fault', () => {
    const [y2025] = cnMainlandSchedules;
    const backwards: YearSchedule = {
      ...year2027,
      holidays: [
        {
          name: 'Broken',
          localName: '坏',
          daysOff: { first: localDate('2027-02-12'), last: localDate('2027-02-05') },
          makeUpWorkingDays: [],
        },
      ],
    };
    const clashing: YearSchedule = {
      ...year2027,
      holidays: [
        {
          name: 'Clash',
          localName: '冲突',
          daysOff: { first: localDate('2027-02-05'), last: localDate('2027-02-07') },
          makeUpWorkingDays: [localDate('2027-02-06')],
        },
      ],
    };
    expect([
      thrown(() => officialCalendar(spec([]))),
      thrown(() => officialCalendar(spec(y2025 === undefined ? [] : [y2025, year2027]))),
      thrown(() => officialCalendar(spec([year2027], 'Asia/Atlantis'))),
      thrown(() => officialCalendar(spec([{ ...year2027, revision: 0 }]))),
      thrown(() => officialCalendar(spec([backwards]))),
      thrown(() => officialCalendar(spec([clashing]))),
    ]).toEqual([
      rangeError('cn-test: no yearly schedule'),
      rangeError('cn-test: 2027 does not follow 2025'),
      rangeError('cn-test: unknown time zone Asia/Atlantis'),
      rangeError('cn-test: revision of 2027 must be a positive integer'),
      rangeError('Broken: days off end 2027-02-05 before they start 2027-02-12'),
      rangeError('cn-test: 2027-02-06 is both a holiday and a working day'),
    ]);
  });
});
