import type { Either } from 'fp-ts/lib/Either.js';
import * as E from 'fp-ts/lib/Either.js';
import { jsonDiff } from './json-diff.js';
import { SpecFailure } from './spec-failure.js';

/** What a spec needs of a decider. */
export interface SpecDecider<Command, Event, State, Rejection> {
  /** The events a command writes on the state, or the rejection that refuses it. */
  readonly decide: (command: Command, state: State) => Either<Rejection, readonly Event[]>;
  /** The state after one event. */
  readonly evolve: (state: State, event: Event) => State;
  readonly initialState: State;
}

/** What a given/when specification expects of a command: exactly these events, nothing, or this rejection. */
export interface WhenResult<Event, Rejection> {
  /** Exactly these events, in this order. */
  readonly thenEmits: (expected: readonly Event[]) => void;
  /** No events and no rejection: the command changes nothing. */
  readonly thenNothing: () => void;
  /** Exactly this rejection. */
  readonly thenRejects: (expected: Rejection) => void;
}

const describeOutcome = <Event, Rejection>(decision: Either<Rejection, readonly Event[]>): string =>
  E.isLeft(decision) ? 'a rejection' : `${decision.right.length} event(s)`;

const expectEvents = <Event, Rejection>(
  decision: Either<Rejection, readonly Event[]>,
  expected: readonly Event[],
): void => {
  if (E.isLeft(decision))
    throw new SpecFailure(
      `expected ${expected.length} event(s), got a rejection`,
      jsonDiff(expected, decision.left),
    );
  const differences = jsonDiff(expected, decision.right);
  if (differences.length > 0)
    throw new SpecFailure(
      `expected ${expected.length} event(s) in this order, got ${decision.right.length} that differ`,
      differences,
    );
};

/**
 * Given events, when a command, then exactly these events in order (or exactly this rejection,
 * or nothing). Failures throw a {@link SpecFailure} whose message lists each differing JSON path,
 * so it reads well in any test runner.
 *
 * @example
 * const spec = deciderSpec(claimsDecider({ policies, calendars }));
 * spec.given(history).when(payClaim).thenEmits([claimPaid]);
 */
export const deciderSpec = <Command, Event, State, Rejection>(
  decider: SpecDecider<Command, Event, State, Rejection>,
) => ({
  /** The history the command is decided on. */
  given: (history: readonly Event[]) => ({
    /** The command decided on the history; then the expectation. */
    when: (command: Command): WhenResult<Event, Rejection> => {
      const decision = decider.decide(command, history.reduce(decider.evolve, decider.initialState));
      return {
        thenEmits: (expected) => expectEvents(decision, expected),
        thenNothing: () => expectEvents(decision, []),
        thenRejects: (expected) => {
          if (E.isRight(decision))
            throw new SpecFailure(
              `expected a rejection, got ${describeOutcome(decision)}`,
              jsonDiff(expected, decision.right),
            );
          const differences = jsonDiff(expected, decision.left);
          if (differences.length > 0) throw new SpecFailure('expected another rejection', differences);
        },
      };
    },
  }),
});
