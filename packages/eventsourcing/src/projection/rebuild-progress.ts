/** How far a rebuild has come: events handled, events to handle, and the rate so far. */
export interface RebuildProgress {
  readonly done: number;
  /** Counted before the replay; raised to `done` if writers appended meanwhile. */
  readonly total: number;
  /** Events handled per second since the rebuild started; 0 until the clock has moved. */
  readonly eventsPerSecond: number;
}

/** Milliseconds from an arbitrary origin, never going backwards (like `performance.now`). */
export type Clock = () => number;

/**
 * Reports progress against a total, reading `clock` once at the start and once per report.
 *
 * @example
 * const report = progressMeter(1000, () => performance.now());
 * report(250); // { done: 250, total: 1000, eventsPerSecond: … }
 */
export const progressMeter = (total: number, clock: Clock): ((done: number) => RebuildProgress) => {
  const startedAt = clock();
  return (done) => {
    const elapsed = clock() - startedAt;
    return {
      done,
      total: Math.max(total, done),
      eventsPerSecond: elapsed > 0 ? (done * 1000) / elapsed : 0,
    };
  };
};
