import {
  builtInCalendars,
  claimsDecider,
  decodeClaimCommand,
  defaultPolicy,
  type ParcelState,
  policyBook,
} from '@parcel-claims/core';
import * as E from 'fp-ts/lib/Either.js';

/** Decides one command from untrusted JSON against a parcel's state; the README shows this file. */
export const decideJson = (input: unknown, state: ParcelState): string => {
  const decider = claimsDecider({ policies: policyBook([defaultPolicy]), calendars: builtInCalendars });
  const command = decodeClaimCommand(input);
  if (E.isLeft(command)) return command.left.message; // names every invalid JSON path
  const decision = decider.decide(command.right, state);
  if (E.isLeft(decision)) return decision.left.message; // names the rule and the values involved
  return decision.right.map((event) => event.type).join(', ');
};
