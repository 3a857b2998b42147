import type { ClaimCommand } from '../commands/claim-command.js';
import type { ClaimEvent } from '../events/claim-event.js';
import { type Decision, decideWith } from './decide.js';
import { evolve, fold } from './evolve.js';
import { initialState, type ParcelState } from './state.js';
import type { DeciderContext } from './terms.js';

/** The functional decider of one insured parcel: decide, evolve, initial state. */
export interface ClaimsDecider {
  /** The events a command writes on the state, or the rejection that refuses it. */
  readonly decide: (command: ClaimCommand, state: ParcelState) => Decision;
  /** The state after one event. */
  readonly evolve: (state: ParcelState, event: ClaimEvent) => ParcelState;
  /** Folds a whole history at once: the same state as `evolve` event by event, built with one draft. */
  readonly fold: (state: ParcelState, events: readonly ClaimEvent[]) => ParcelState;
  readonly initialState: ParcelState;
}

/**
 * Builds the claims decider for the policies and calendars a service uses.
 *
 * @example
 * const decider = claimsDecider({ policies: policyBook([defaultPolicy]), calendars: builtInCalendars });
 * const decision = decider.decide(command, fold(decider.initialState, history));
 */
export const claimsDecider = (context: DeciderContext): ClaimsDecider => ({
  decide: decideWith(context),
  evolve,
  fold,
  initialState,
});
