import * as E from 'fp-ts/lib/Either.js';
import { IANAZone } from 'luxon';
import type { LocalDate } from '../time/local-date.js';
import { type BusinessCalendar, CalendarId } from './business-calendar.js';
import { type CalendarError, invalidTimeZone } from './calendar-error.js';

const PREFIX = 'weekends:';

/** The zone a `weekends:<zone>` id names, or null for any other id. */
export const weekendsZoneOf = (id: CalendarId): string | null =>
  id.startsWith(PREFIX) ? id.slice(PREFIX.length) : null;

/**
 * A calendar where Monday to Friday are working days in `zone`, with no holidays at all. It is what a
 * payer without published holiday data gets, so its id is derived from the zone alone.
 */
export const weekendsOnlyCalendar = (zone: string): E.Either<CalendarError, BusinessCalendar> => {
  const id = `${PREFIX}${zone}`;
  // IANA names always fit the id pattern; checking it is what makes the id a CalendarId without a cast.
  if (!IANAZone.isValidZone(zone) || !CalendarId.is(id)) return E.left(invalidTimeZone(zone));
  return E.right({
    id,
    name: `Weekends only (${zone})`,
    zone,
    version: 'weekends/1',
    coverage: null,
    holidays: new Set<LocalDate>(),
    adjustedWorkingDays: new Set<LocalDate>(),
  });
};
