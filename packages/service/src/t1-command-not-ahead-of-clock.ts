import { type Instant, instantMillis } from '@parcel-claims/core';

/** The service clock as read for one command: what it said, and that as epoch milliseconds. */
export interface ClockReading {
  readonly text: string;
  readonly millis: number;
}

/** A command dated later than the service clock plus the tolerance; nothing was written. */
export interface CommandAheadOfClock {
  readonly code: 'CommandAheadOfClock';
  readonly rule: 'T1';
  /** The time the command is dated at. */
  readonly now: Instant;
  /** The service clock's reading when the command was decided, as the clock gave it. */
  readonly clock: string;
  /** How far past the clock a command's time may lie, in milliseconds. */
  readonly toleranceMs: number;
  /** Names the rule and both instants, for people. */
  readonly message: string;
}

/** How messages name the rule, as the core's rules are named (`R2 time moves forward`). */
export const t1Label = 'T1 command not ahead of the clock';

/**
 * T1: a command is dated no later than the service clock plus a tolerance for clocks that drift.
 * The core takes a command's time as given and R2 holds every later command of the parcel to it,
 * so a command dated in the future would have every real one refused until that time came. The
 * core has no clock; the service, which has one, keeps this rule.
 */
export const commandNotAheadOfClock = (
  now: Instant,
  clock: ClockReading,
  toleranceMs: number,
): CommandAheadOfClock | undefined =>
  instantMillis(now) - clock.millis <= toleranceMs
    ? undefined
    : {
        code: 'CommandAheadOfClock',
        rule: 'T1',
        now,
        clock: clock.text,
        toleranceMs,
        message:
          `${t1Label}: command time ${now} is later than the service clock ${clock.text}` +
          ` plus the tolerance of ${toleranceMs} ms`,
      };
