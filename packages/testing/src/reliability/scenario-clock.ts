/** A service clock that follows the commands of a generated scenario; see {@link scenarioClock}. */
export interface ScenarioClock {
  /** The clock to give the service: the latest time reached. */
  readonly clock: () => string;
  /** Moves the clock to `now` if that is later; call it before sending a command dated `now`. */
  readonly reach: (now: string) => void;
}

/**
 * The clock of a scenario whose commands are dated in generated time: it has reached the time of
 * every command sent, so the service's bound on commands dated ahead of its clock (T1) refuses
 * none of them, whatever the real date is. It starts at `start` (epoch milliseconds).
 *
 * @example
 * const time = scenarioClock(Date.UTC(2026, 0, 5));
 * const service = createClaimsService({ store, clock: time.clock });
 * time.reach(input.data.now);
 * await service.execute(input);
 */
export const scenarioClock = (start: number): ScenarioClock => {
  let latest = start;
  return {
    clock: () => new Date(latest).toISOString(),
    reach: (now) => {
      latest = Math.max(latest, Date.parse(now));
    },
  };
};
