import * as E from 'fp-ts/lib/Either.js';
import type { BusinessCalendar, CalendarId } from './business-calendar.js';
import { type CalendarError, unknownCalendar } from './calendar-error.js';
import { cnMainlandCalendar } from './data/cn-mainland.js';
import { weekendsOnlyCalendar, weekendsZoneOf } from './weekends-only.js';

/** Finds the calendar a payer uses by its id. */
export interface CalendarRegistry {
  /** The calendar with this id, or why there is none. */
  readonly resolve: (id: CalendarId) => E.Either<CalendarError, BusinessCalendar>;
}

/**
 * A registry of the given calendars that also answers any `weekends:<zone>` id with a weekends-only
 * calendar for that zone. A listed calendar wins over an on-demand one with the same id.
 * Throws a RangeError when two calendars share an id, since which one is meant would be a guess.
 */
export const calendarRegistry = (calendars: readonly BusinessCalendar[]): CalendarRegistry => {
  const byId = new Map<CalendarId, BusinessCalendar>();
  for (const calendar of calendars) {
    if (byId.has(calendar.id)) throw new RangeError(`calendar ${calendar.id} is registered twice`);
    byId.set(calendar.id, calendar);
  }
  return {
    resolve: (id) => {
      const listed = byId.get(id);
      if (listed !== undefined) return E.right(listed);
      const zone = weekendsZoneOf(id);
      return zone === null ? E.left(unknownCalendar(id)) : weekendsOnlyCalendar(zone);
    },
  };
};

/** The calendars shipped with the library (`cn-mainland`), plus weekends-only calendars on demand. */
export const builtInCalendars: CalendarRegistry = calendarRegistry([cnMainlandCalendar]);
