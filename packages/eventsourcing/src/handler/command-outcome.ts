import type { StreamVersion } from '../store/expected-version.js';
import type { RecordedEvent } from '../store/recorded-event.js';

/**
 * How a command ended. Infrastructure failures are not outcomes: they reject the promise.
 * - `appended`: decide accepted it and its events were written.
 * - `already-applied`: the stream already held this command's events (a retry, or a duplicate
 *   that landed first); nothing was written, and the original events with their revision and
 *   position come back as they did the first time, plus the recorded events.
 * - `unchanged`: decide accepted it with no events (an idempotent repeat in domain terms).
 * - `rejected`: decide refused it; nothing was written.
 * - `command-id-reused`: the command id names another command: one stored in this stream with
 *   another digest, or one stored in another stream (which is not named). Nothing was written.
 *
 * `state` is the state the handler ended with: the stream as loaded, plus any events it appended.
 */
export type CommandOutcome<Event, State, Rejection> =
  | {
      readonly kind: 'appended';
      readonly events: readonly Event[];
      readonly eventIds: readonly string[];
      readonly nextExpectedRevision: bigint;
      readonly position: bigint;
      readonly state: State;
    }
  | {
      readonly kind: 'already-applied';
      readonly events: readonly Event[];
      readonly eventIds: readonly string[];
      readonly nextExpectedRevision: bigint;
      readonly position: bigint;
      readonly recorded: readonly RecordedEvent[];
      readonly state: State;
    }
  | { readonly kind: 'unchanged'; readonly version: StreamVersion; readonly state: State }
  | { readonly kind: 'rejected'; readonly rejection: Rejection; readonly state: State }
  | { readonly kind: 'command-id-reused'; readonly streamId: string; readonly commandId: string };
