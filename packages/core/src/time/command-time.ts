import * as t from 'io-ts';
import { described } from '../codec/described.js';
import { yearAt } from '../codec/digits.js';
import { Instant, type InstantBrand, instantFromMillis } from './instant.js';

export interface CommandTimeBrand extends InstantBrand {
  readonly CommandTime: unique symbol;
}

/** An instant a command may be decided at; every one is also an {@link Instant}. */
export type CommandTime = t.Branded<string, CommandTimeBrand>;

const FIRST_YEAR = 1970;
const LAST_YEAR = 8999;

/**
 * The first and the last instant a command may carry as its `now`. A deadline lies at most
 * `maxDayCount` working days, or twice `maxDayCount` calendar days (an extension of a
 * resubmission's due date), after the time of a command: a few decades. From any of these
 * instants it thus falls in a four-digit year in every zone, with centuries to spare for calendars
 * with many holidays, and no decision can fail to compute one.
 */
export const commandTimeRange: { readonly earliest: Instant; readonly latest: Instant } = {
  earliest: instantFromMillis(Date.UTC(FIRST_YEAR, 0, 1)),
  latest: instantFromMillis(Date.UTC(LAST_YEAR + 1, 0, 1) - 1),
};

const isCommandTime = (s: string): s is CommandTime => {
  if (!Instant.is(s)) return false;
  const year = yearAt(s, 0);
  return year >= FIRST_YEAR && year <= LAST_YEAR;
};

/**
 * The `now` of a command: an {@link Instant} in the years 1970 to 8999 (`commandTimeRange`).
 * Anything outside is refused where the command is decoded, at `$.data.now`, instead of making a
 * deadline computation fail later.
 */
export const CommandTime = described(
  t.brand(t.string, isCommandTime, 'CommandTime'),
  `an instant in the years ${FIRST_YEAR} to ${LAST_YEAR}`,
);
