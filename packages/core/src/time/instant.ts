import * as t from 'io-ts';
import { digitsAt, twoDigitsAt, yearAt } from '../codec/digits.js';
import { daysInMonth } from './local-date.js';

export interface InstantBrand {
  readonly Instant: unique symbol;
}

/**
 * A point in time, stored as an ISO 8601 UTC string (`2026-02-13T09:30:00.000Z`, milliseconds optional).
 * Instants are ordered by their epoch milliseconds: `2026-02-13T09:30:00Z` and `…00.000Z` are equal.
 */
export type Instant = t.Branded<string, InstantBrand>;

// The separators of an instant, as character codes: compared without making one-character strings.
const HYPHEN = 0x2d;
const COLON = 0x3a;
const FULL_STOP = 0x2e;
const LETTER_T = 0x54;
const LETTER_Z = 0x5a;

/**
 * `YYYY-MM-DDTHH:MM:SS` with optional `.mmm`, then `Z`: a real day of a real month (leap years
 * included) and a time of day from 00:00:00 to 23:59:59. Read character by character, which
 * builds nothing: instants are checked on every event decoded.
 */
const isInstant = (s: string): s is Instant => {
  const length = s.length;
  if (length !== 20 && length !== 24) return false;
  if (
    s.charCodeAt(4) !== HYPHEN ||
    s.charCodeAt(7) !== HYPHEN ||
    s.charCodeAt(10) !== LETTER_T ||
    s.charCodeAt(13) !== COLON ||
    s.charCodeAt(16) !== COLON ||
    s.charCodeAt(length - 1) !== LETTER_Z
  )
    return false;
  if (length === 24 && (s.charCodeAt(19) !== FULL_STOP || digitsAt(s, 20, 23) < 0)) return false;
  const year = yearAt(s, 0);
  const day = twoDigitsAt(s, 8);
  const hour = twoDigitsAt(s, 11);
  const minute = twoDigitsAt(s, 14);
  const second = twoDigitsAt(s, 17);
  return (
    year >= 0 &&
    day >= 1 &&
    day <= daysInMonth(year, twoDigitsAt(s, 5)) &&
    hour >= 0 &&
    hour <= 23 &&
    minute >= 0 &&
    minute <= 59 &&
    second >= 0 &&
    second <= 59
  );
};

/** The codec of {@link Instant}: ISO 8601 UTC text of a real day and time. */
export const Instant = t.brand(t.string, isInstant, 'Instant');

/** Epoch milliseconds of an instant. */
export const instantMillis = (i: Instant): number => Date.parse(i);

/** The instant at the given epoch milliseconds, in the canonical form with milliseconds. */
export const instantFromMillis = (ms: number): Instant => {
  const iso = new Date(ms).toISOString();
  if (!isInstant(iso)) throw new RangeError(`not a representable instant: ${ms}`);
  return iso;
};

/** Negative when a is earlier than b, zero when equal, positive when later. */
export const compareInstants = (a: Instant, b: Instant): number => instantMillis(a) - instantMillis(b);

/** The milliseconds an instant writes; none written reads as `.000`. */
const millisWritten = (i: Instant): number => (i.length === 24 ? digitsAt(i, 20, 23) : 0);

/**
 * The sign of {@link compareInstants}, read from the text without parsing a date. Every instant
 * writes a four-digit year and two-digit fields in the order of time, so text of the same
 * length sorts as the instants do; when one has milliseconds and the other not, the first 19
 * characters decide, then the milliseconds.
 */
const instantOrder = (a: Instant, b: Instant): number => {
  if (a.length === b.length) return a < b ? -1 : a > b ? 1 : 0;
  for (let index = 0; index < 19; index += 1) {
    const difference = a.charCodeAt(index) - b.charCodeAt(index);
    if (difference !== 0) return difference;
  }
  return millisWritten(a) - millisWritten(b);
};

/** True when a is earlier than b. */
export const isBefore = (a: Instant, b: Instant): boolean => instantOrder(a, b) < 0;
/** True when a is later than b. */
export const isAfter = (a: Instant, b: Instant): boolean => instantOrder(a, b) > 0;
