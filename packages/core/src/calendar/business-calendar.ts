import * as t from 'io-ts';
import { closed } from '../codec/closed.js';
import { inputLimits } from '../codec/input-limits.js';
import { withMaxLength } from '../codec/max-length.js';
import type { LocalDate } from '../time/local-date.js';

const CALENDAR_ID = /^[a-z0-9-]+(:[A-Za-z0-9_+\-/]+)?$/;

export interface CalendarIdBrand {
  readonly CalendarId: unique symbol;
}

/**
 * Names a calendar: `cn-mainland`, or `weekends:<IANA zone>` such as `weekends:Europe/Berlin`; at
 * most 128 characters.
 */
export const CalendarId = withMaxLength(
  t.brand(
    t.string,
    // IANA zone names are at most 30-odd characters; a longer id is input gone wrong.
    (s): s is t.Branded<string, CalendarIdBrand> =>
      s.length <= inputLimits.calendarIdLength && CALENDAR_ID.test(s),
    'CalendarId',
  ),
  inputLimits.calendarIdLength,
);
export type CalendarId = t.TypeOf<typeof CalendarId>;

/** Parses a literal calendar id; throws on malformed input, so use it for constants and tests only. */
export const calendarId = (s: string): CalendarId => {
  if (!CalendarId.is(s)) throw new RangeError(`not a calendar id: ${s}`);
  return s;
};

/** The years for which a calendar holds the authority's complete holiday schedule, both ends included. */
export interface CalendarCoverage {
  readonly fromYear: number;
  readonly toYear: number;
}

/**
 * Which local days are working days for a payer. Days are counted in `zone`; `version` changes whenever
 * the holiday data changes, so a deadline can say which data it was computed with.
 */
export interface BusinessCalendar {
  readonly id: CalendarId;
  readonly name: string;
  /** IANA time zone in which local days begin and end. */
  readonly zone: string;
  /** Data version, such as `cn-mainland/2026.1`, or `weekends/1` for weekends-only calendars. */
  readonly version: string;
  /** Years with official data; `null` for a weekends-only calendar, which has no holidays by design. */
  readonly coverage: CalendarCoverage | null;
  readonly holidays: ReadonlySet<LocalDate>;
  /** Weekend days declared working days, such as the make-up days around Chinese public holidays. */
  readonly adjustedWorkingDays: ReadonlySet<LocalDate>;
}

/** What a stored deadline records of the calendar it was computed with. */
export const CalendarRef = closed({ id: CalendarId, version: t.string, zone: t.string });
export type CalendarRef = t.TypeOf<typeof CalendarRef>;

/** The reference a deadline stores for a calendar. */
export const calendarRef = (calendar: BusinessCalendar): CalendarRef => ({
  id: calendar.id,
  version: calendar.version,
  zone: calendar.zone,
});
