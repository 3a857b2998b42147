import { type Instant, instantMillis } from '../time/instant.js';

const DAY_MS = 86_400_000;

/** Whole days from one instant to a later one, counted as elapsed time (24 hours a day, in UTC). */
export const elapsedDays = (from: Instant, to: Instant): number =>
  Math.floor((instantMillis(to) - instantMillis(from)) / DAY_MS);

/** True when at least `days` full days have passed. */
export const atLeastDaysApart = (from: Instant, to: Instant, days: number): boolean =>
  instantMillis(to) - instantMillis(from) >= days * DAY_MS;

/** True when no more than `days` days have passed. */
export const atMostDaysApart = (from: Instant, to: Instant, days: number): boolean =>
  instantMillis(to) - instantMillis(from) <= days * DAY_MS;
