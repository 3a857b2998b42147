import * as t from 'io-ts';
import { daysInMonth } from './local-date.js';

const ISO_UTC = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{3})?Z$/;

export interface InstantBrand {
  readonly Instant: unique symbol;
}

/**
 * A point in time, stored as an ISO 8601 UTC string (`2026-02-13T09:30:00.000Z`, milliseconds optional).
 * Instants are compared by their epoch milliseconds, never as strings.
 */
export type Instant = t.Branded<string, InstantBrand>;

// A real day of a real month (leap years included), and a time of day from 00:00:00 to 23:59:59.
const isInstant = (s: string): s is Instant => {
  const m = ISO_UTC.exec(s);
  if (m === null) return false;
  const day = Number(m[3]);
  return (
    day >= 1 &&
    day <= daysInMonth(Number(m[1]), Number(m[2])) &&
    Number(m[4]) <= 23 &&
    Number(m[5]) <= 59 &&
    Number(m[6]) <= 59
  );
};

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

export const isBefore = (a: Instant, b: Instant): boolean => compareInstants(a, b) < 0;
export const isAfter = (a: Instant, b: Instant): boolean => compareInstants(a, b) > 0;
