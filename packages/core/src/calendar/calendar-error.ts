import type { CalendarId } from './business-calendar.js';

/** No calendar is registered under the id, and it does not name a weekends-only calendar either. */
export interface UnknownCalendar {
  readonly code: 'UnknownCalendar';
  readonly id: CalendarId;
  readonly message: string;
}

/** The zone is not an IANA time zone name that the runtime knows. */
export interface InvalidTimeZone {
  readonly code: 'InvalidTimeZone';
  readonly zone: string;
  readonly message: string;
}

/** Why a calendar could not be provided. */
export type CalendarError = UnknownCalendar | InvalidTimeZone;

export const unknownCalendar = (id: CalendarId): CalendarError => ({
  code: 'UnknownCalendar',
  id,
  message: `unknown calendar: ${id}`,
});

export const invalidTimeZone = (zone: string): CalendarError => ({
  code: 'InvalidTimeZone',
  zone,
  message: `not an IANA time zone: ${JSON.stringify(zone)}`,
});
