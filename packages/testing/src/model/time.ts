/** Time in the model: epoch milliseconds, and the few calendar facts it can know without a holiday table. */

/** Milliseconds in a minute. */
export const MINUTE = 60_000;
/** Milliseconds in an hour. */
export const HOUR = 60 * MINUTE;
/** Milliseconds in a day of elapsed time (the inquiry windows count these, not local days). */
export const DAY = 24 * HOUR;

/** Asia/Shanghai has been UTC+8 all year since 1992, so the payer's local day is a fixed shift of UTC. */
const SHANGHAI_OFFSET = 8 * HOUR;

/** The canonical instant string the service stores (ISO 8601, UTC, milliseconds). */
export const iso = (ms: number): string => new Date(ms).toISOString();

/** The Shanghai local day number (days since 1970-01-01 local) of an instant. */
export const shanghaiDay = (ms: number): number => Math.floor((ms + SHANGHAI_OFFSET) / DAY);

/**
 * The last millisecond of the Shanghai local day `days` calendar days after the local day of `ms`:
 * a calendar-day deadline in the cn-mainland payer calendar. Holidays never move these.
 */
export const endOfShanghaiDayAfter = (ms: number, days: number): number =>
  (shanghaiDay(ms) + days + 1) * DAY - SHANGHAI_OFFSET - 1;

/** True when the instant is the last millisecond of a Shanghai local day, as every stored deadline is. */
export const isEndOfShanghaiDay = (ms: number): boolean => (ms + 1 + SHANGHAI_OFFSET) % DAY === 0;

/** A duration for people: `+3d4h`, `+25m`, `+0`. */
export const showStep = (ms: number): string => {
  if (ms === 0) return '+0';
  const parts: string[] = [];
  let rest = ms;
  for (const [unit, size] of [
    ['d', DAY],
    ['h', HOUR],
    ['m', MINUTE],
  ] as const) {
    const n = Math.floor(rest / size);
    if (n > 0) parts.push(`${n}${unit}`);
    rest -= n * size;
  }
  if (rest > 0) parts.push(`${rest}ms`);
  return `+${parts.join('')}`;
};
