export {
  type BusinessCalendar,
  type CalendarCoverage,
  CalendarId,
  type CalendarIdBrand,
  CalendarRef,
  calendarId,
  calendarRef,
} from './business-calendar.js';
export { addCalendarDays } from './calendar-days.js';
export type { CalendarError, InvalidTimeZone, UnknownCalendar } from './calendar-error.js';
export { cnMainlandCalendar, cnMainlandSchedules } from './data/cn-mainland.js';
export { DayCount, type DayCountBrand, maxDayCount } from './day-count.js';
export { Deadline, isOverdue } from './deadline.js';
export { endOfLocalDay, localDateOf } from './local-time.js';
export {
  type OfficialCalendarSpec,
  type OfficialNotice,
  officialCalendar,
  type ScheduledHoliday,
  type YearSchedule,
} from './official-calendar.js';
export { PositiveInteger, type PositiveIntegerBrand, positiveInteger } from './positive-integer.js';
export { builtInCalendars, type CalendarRegistry, calendarRegistry } from './registry.js';
export { weekendsOnlyCalendar } from './weekends-only.js';
export { addWorkingDays, countWorkingDays, isWorkingDay, nextWorkingDay } from './working-days.js';
