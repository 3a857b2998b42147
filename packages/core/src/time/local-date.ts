import * as t from 'io-ts';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

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

const isLocalDate = (s: string): s is LocalDate => {
  const m = ISO_DATE.exec(s);
  if (m === null) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return day >= 1 && day <= daysInMonth(year, month);
};

export const LocalDate = t.brand(t.string, isLocalDate, 'LocalDate');

/** Parses a literal date; throws on malformed input, so use it for constants and tests only. */
export const localDate = (s: string): LocalDate => {
  if (!isLocalDate(s)) throw new RangeError(`not a YYYY-MM-DD date: ${s}`);
  return s;
};

export const localDateYear = (d: LocalDate): number => Number(d.slice(0, 4));
