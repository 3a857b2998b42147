import * as t from 'io-ts';
import { twoDigitsAt, yearAt } from '../codec/digits.js';

const HYPHEN = 0x2d;

export interface LocalDateBrand {
  readonly LocalDate: unique symbol;
}

/** A calendar day without a zone, `YYYY-MM-DD`. Ordered correctly as a string. */
export type LocalDate = t.Branded<string, LocalDateBrand>;

const COMMON_YEAR = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const LEAP_YEAR = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The number of days in the month; 0 for a month outside 1-12, which thus has no valid day. */
export const daysInMonth = (year: number, month: number): number => {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return (leap ? LEAP_YEAR : COMMON_YEAR)[month - 1] ?? 0;
};

/** `YYYY-MM-DD` of a real day, read character by character: dates are checked on every event decoded. */
const isLocalDate = (s: string): s is LocalDate => {
  if (s.length !== 10 || s.charCodeAt(4) !== HYPHEN || s.charCodeAt(7) !== HYPHEN) return false;
  const year = yearAt(s, 0);
  const day = twoDigitsAt(s, 8);
  return year >= 0 && day >= 1 && day <= daysInMonth(year, twoDigitsAt(s, 5));
};

/** The codec of {@link LocalDate}: `YYYY-MM-DD` of a real day. */
export const LocalDate = t.brand(t.string, isLocalDate, 'LocalDate');

/** Parses a literal date; throws on malformed input, so use it for constants and tests only. */
export const localDate = (s: string): LocalDate => {
  if (!isLocalDate(s)) throw new RangeError(`not a YYYY-MM-DD date: ${s}`);
  return s;
};

export const localDateYear = (d: LocalDate): number => Number(d.slice(0, 4));
