import {
  builtInCalendars,
  type ClaimCommand,
  type ClaimEvent,
  claimsDecider,
  defaultPolicy,
  fold,
  type ParcelState,
  policyBook,
} from '@parcel-claims/core';
import * as E from 'fp-ts/lib/Either.js';

/** One recorded step: the event and the state right after it. */
export interface Step {
  readonly event: ClaimEvent;
  readonly state: ParcelState;
}

/** Runs commands through the decider, as a service would, and keeps every event with its state. */
export const runStory = (commands: readonly ClaimCommand[]): Step[] => {
  const decider = claimsDecider({ policies: policyBook([defaultPolicy]), calendars: builtInCalendars });
  const steps: Step[] = [];
  let state = decider.initialState;
  for (const command of commands) {
    const decision = decider.decide(command, state);
    if (E.isLeft(decision)) throw new Error(`${command.type} was refused: ${decision.left.message}`);
    for (const event of decision.right) {
      state = fold(state, [event]);
      steps.push({ event, state });
    }
  }
  return steps;
};
