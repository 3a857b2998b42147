import * as E from 'fp-ts/lib/Either.js';
import type * as t from 'io-ts';
import { expect } from 'vitest';
import {
  builtInCalendars,
  type ClaimCommand,
  type ClaimEvent,
  claimsDecider,
  type DeciderContext,
  defaultPolicy,
  fold,
  type ParcelState,
  policyBook,
  type Rejection,
} from '../../src/index.js';

export const context: DeciderContext = { policies: policyBook([defaultPolicy]), calendars: builtInCalendars };
export const decider = claimsDecider(context);

/** The state after a history. */
export const stateAfter = (history: readonly ClaimEvent[]): ParcelState =>
  fold(decider.initialState, history);

/** Runs commands one by one through decide and evolve, failing loudly on the first rejection. */
export const run = (commands: readonly ClaimCommand[], history: readonly ClaimEvent[] = []): ClaimEvent[] => {
  const events = [...history];
  let state = stateAfter(history);
  for (const command of commands) {
    const decision = decider.decide(command, state);
    if (E.isLeft(decision)) throw new Error(`${command.type} was rejected: ${decision.left.message}`);
    events.push(...decision.right);
    state = fold(state, decision.right);
  }
  return events;
};

/** A value with its io-ts brands removed, so expectations can be written as plain literals. */
export type Plain<T> =
  T extends t.Brand<unknown>
    ? T extends string
      ? string
      : number
    : T extends readonly (infer U)[]
      ? readonly Plain<U>[]
      : T extends object
        ? { readonly [K in keyof T]: Plain<T[K]> }
        : T;

/**
 * given events, when a command: then exactly these events in this order, or exactly this rejection.
 */
export const given = (history: readonly ClaimEvent[]) => ({
  when: (command: ClaimCommand) => {
    const decision = decider.decide(command, stateAfter(history));
    return {
      thenEmits: (expected: readonly ClaimEvent[]) => {
        expect(E.isRight(decision) ? decision.right : decision.left).toEqual(expected);
      },
      thenNothing: () => {
        expect(E.isRight(decision) ? decision.right : decision.left).toEqual([]);
      },
      thenRejected: (expected: Plain<Rejection>) => {
        expect(E.isLeft(decision) ? decision.left : decision.right).toEqual(expected);
      },
      decision,
    };
  },
});
