import * as t from 'io-ts';
import { described } from '../codec/described.js';
import type { PositiveIntegerBrand } from './positive-integer.js';

export interface DayCountBrand extends PositiveIntegerBrand {
  readonly DayCount: unique symbol;
}

/** A number of days a deadline lies ahead; every one is also a `PositiveInteger`. */
export type DayCount = t.Branded<number, DayCountBrand>;

/**
 * The most days any policy period or deadline extension may count: ten years, far beyond any
 * parcel claim (filing windows run to months, service levels to days). It keeps every deadline a
 * decision computes within a few decades of the command's time, so inside the four-digit years
 * (see `commandTimeRange`), and bounds the work of counting working days.
 */
export const maxDayCount = 3_650;

const isDayCount = (n: number): n is DayCount => Number.isSafeInteger(n) && n >= 1 && n <= maxDayCount;

/** A whole number of days from 1 to {@link maxDayCount}: policy periods and deadline extensions. */
export const DayCount = described(
  t.brand(t.number, isDayCount, 'DayCount'),
  `a whole number of days from 1 to ${maxDayCount}`,
);
