import { IANAZone } from 'luxon';
import type { LocalDate } from '../time/local-date.js';
import type { BusinessCalendar, CalendarId } from './business-calendar.js';
import { plusDays } from './local-day.js';

/** The published document a year's schedule is taken from. */
export interface OfficialNotice {
  readonly title: string;
  readonly issuedBy: string;
  readonly issuedOn: LocalDate;
}

/** One named holiday of a year: its consecutive days off and the weekend days worked in exchange. */
export interface ScheduledHoliday {
  readonly name: string;
  /** The name in the authority's own language. */
  readonly localName: string;
  /** First and last day off, both included. */
  readonly daysOff: { readonly first: LocalDate; readonly last: LocalDate };
  readonly makeUpWorkingDays: readonly LocalDate[];
}

/** Everything an authority published about one year's public holidays. */
export interface YearSchedule {
  readonly year: number;
  /** 1 for the first publication; raised when the authority amends that year's schedule. */
  readonly revision: number;
  readonly notice: OfficialNotice;
  readonly holidays: readonly ScheduledHoliday[];
}

/** The data of a calendar built from official yearly schedules, oldest year first. */
export interface OfficialCalendarSpec {
  readonly id: CalendarId;
  readonly name: string;
  readonly zone: string;
  readonly years: readonly YearSchedule[];
}

const daysOf = (holiday: ScheduledHoliday): LocalDate[] => {
  const { first, last } = holiday.daysOff;
  if (first > last) throw new RangeError(`${holiday.name}: days off end ${last} before they start ${first}`);
  const days: LocalDate[] = [];
  for (let day = first; day <= last; day = plusDays(day, 1)) days.push(day);
  return days;
};

// Coverage is a single span of years, so a missing year would silently count as fully known.
// Gives the oldest year's schedule.
const checkYears = (spec: OfficialCalendarSpec): YearSchedule => {
  const [oldest] = spec.years;
  if (oldest === undefined) throw new RangeError(`${spec.id}: no yearly schedule`);
  spec.years.forEach((schedule, index) => {
    const previous = spec.years[index - 1];
    if (previous !== undefined && schedule.year !== previous.year + 1)
      throw new RangeError(`${spec.id}: ${schedule.year} does not follow ${previous.year}`);
    if (!Number.isSafeInteger(schedule.revision) || schedule.revision < 1)
      throw new RangeError(`${spec.id}: revision of ${schedule.year} must be a positive integer`);
  });
  return oldest;
};

// Each amendment of any year raises the edition, so a changed day can never hide behind an unchanged version.
const versionOf = (spec: OfficialCalendarSpec, toYear: number): string => {
  const edition = spec.years.reduce((sum, schedule) => sum + schedule.revision - 1, 1);
  return `${spec.id}/${toYear}.${edition}`;
};

/**
 * Builds a calendar from yearly official schedules. Coverage spans the years present and the version is
 * `<id>/<latest year>.<edition>`, the edition starting at 1 and growing with every amendment, so adding
 * next year's schedule is a matter of appending one entry.
 *
 * Throws a RangeError on inconsistent data (a gap between years, a day both off and worked, an unknown
 * zone): the data is a constant of the program, so that is a programming error.
 */
export const officialCalendar = (spec: OfficialCalendarSpec): BusinessCalendar => {
  if (!IANAZone.isValidZone(spec.zone)) throw new RangeError(`${spec.id}: unknown time zone ${spec.zone}`);
  const fromYear = checkYears(spec).year;
  const holidays = spec.years.flatMap((schedule) => schedule.holidays.flatMap(daysOf));
  const adjusted = spec.years.flatMap((schedule) => schedule.holidays.flatMap((h) => h.makeUpWorkingDays));
  const clash = adjusted.find((day) => holidays.includes(day));
  if (clash !== undefined) throw new RangeError(`${spec.id}: ${clash} is both a holiday and a working day`);
  const toYear = fromYear + spec.years.length - 1;
  return {
    id: spec.id,
    name: spec.name,
    zone: spec.zone,
    version: versionOf(spec, toYear),
    coverage: { fromYear, toYear },
    holidays: new Set(holidays),
    adjustedWorkingDays: new Set(adjusted),
  };
};
