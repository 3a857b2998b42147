import type { Decider } from './decider.js';

/** The part of a decider that folds events: `evolve` and, when it has one, `foldBatch`. */
export type Fold<Event, State> = Pick<Decider<unknown, Event, State, unknown>, 'evolve' | 'foldBatch'>;

/**
 * Folds events onto a state, using the decider's `foldBatch` when it has one and `evolve` event
 * by event otherwise.
 *
 * @example
 * const state = foldEvents(decider, decider.initialState, history);
 */
export const foldEvents = <Event, State>(
  decider: Fold<Event, State>,
  state: State,
  events: readonly Event[],
): State => {
  if (decider.foldBatch !== undefined) return decider.foldBatch(state, events);
  let folded = state;
  for (const event of events) folded = decider.evolve(folded, event);
  return folded;
};
