import type { ClaimCommand, ClaimEvent, ClaimsDecider, ParcelState } from '@parcel-claims/core';
import type { Decider } from '@parcel-claims/eventsourcing';
import * as E from 'fp-ts/lib/Either.js';
import type { ServiceRejection } from './command-result.js';
import { type ClockReading, commandNotAheadOfClock } from './t1-command-not-ahead-of-clock.js';

/** A command with the clock reading it is decided against: the clock stays out of the decider. */
export interface ClockedCommand {
  readonly command: ClaimCommand;
  readonly clock: ClockReading;
}

/**
 * The claims decider as the service runs it: T1 is checked first (a command from the future is
 * refused whatever else it asks), then the core decides. A history is folded with the core's
 * batched `fold` (one draft for the whole history) rather than event by event, so loading a
 * stream the handler has not cached builds one state, not one per event.
 */
export const clockedDecider = (
  decider: ClaimsDecider,
  toleranceMs: number,
): Decider<ClockedCommand, ClaimEvent, ParcelState, ServiceRejection> => ({
  decide: ({ command, clock }, state) => {
    const ahead = commandNotAheadOfClock(command.data.now, clock, toleranceMs);
    return ahead === undefined ? decider.decide(command, state) : E.left(ahead);
  },
  evolve: decider.evolve,
  foldBatch: decider.fold,
  initialState: decider.initialState,
});
