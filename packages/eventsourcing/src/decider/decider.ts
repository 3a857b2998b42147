import type { Either } from 'fp-ts/lib/Either.js';

/**
 * A functional decider: `decide` turns a command and the current state into new events or a
 * rejection (a value, never an exception), `evolve` applies one event to a state, and
 * `initialState` is the state of an empty stream. Both functions are pure: time and ids come in
 * on the command.
 *
 * `foldBatch` is optional: a decider that can fold a whole history faster than event by event
 * (for example inside one immer `produce`) provides it, and {@link foldEvents} uses it. It must
 * give the same state as folding `evolve` over the same events.
 *
 * @example
 * const counter: Decider<Increment, Incremented, number, TooLarge> = {
 *   decide: (command, state) =>
 *     state + command.by > 10 ? E.left({ type: 'TooLarge' }) : E.right([{ type: 'Incremented', data: { by: command.by } }]),
 *   evolve: (state, event) => state + event.data.by,
 *   initialState: 0,
 * };
 */
export interface Decider<Command, Event, State, Rejection> {
  /** The events a command writes on the state, or the rejection that refuses it. */
  readonly decide: (command: Command, state: State) => Either<Rejection, readonly Event[]>;
  /** The state after one event. */
  readonly evolve: (state: State, event: Event) => State;
  readonly initialState: State;
  /** The state after a batch of events, in order: the same as `evolve` one by one, faster where given. */
  readonly foldBatch?: (state: State, events: readonly Event[]) => State;
}
