import * as t from 'io-ts';
import { maxDayCount } from '../calendar/day-count.js';
import { described } from '../codec/described.js';

/** Whom the insurer may ask for more information on a submitted claim. */
export const InformationSource = t.keyof({ seller: null, forwarder: null, carrier: null });
export type InformationSource = t.TypeOf<typeof InformationSource>;

export interface WorkingDaysUsedBrand {
  readonly WorkingDaysUsed: unique symbol;
}

const isWorkingDaysUsed = (n: number): n is t.Branded<number, WorkingDaysUsedBrand> =>
  Number.isSafeInteger(n) && n >= 0 && n <= maxDayCount;

/** Working days of the decision clock already used: a whole number from 0 to `maxDayCount`. */
export const WorkingDaysUsed = described(
  t.brand(t.number, isWorkingDaysUsed, 'WorkingDaysUsed'),
  `a whole number of working days from 0 to ${maxDayCount}`,
);
export type WorkingDaysUsed = t.TypeOf<typeof WorkingDaysUsed>;

/** Checks a count the program computed itself; one out of range is a programming error. */
export const workingDaysUsed = (n: number): WorkingDaysUsed => {
  if (!isWorkingDaysUsed(n)) throw new RangeError(`expected 0 to ${maxDayCount} working days, got ${n}`);
  return n;
};
