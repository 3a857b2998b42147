import type { RecordedEvent } from '../store/recorded-event.js';

/**
 * Where a projection keeps its read model and its checkpoint (the global position of the last
 * event applied). `apply` writes a batch's effect and the new checkpoint atomically where the
 * storage allows it (one SQL transaction: effectively exactly once); elsewhere handlers must be
 * idempotent (at least once).
 *
 * When the read-model logic fails on an event, `apply` rejects with `EventHandlerFailed` naming
 * that event, having applied none of the batch where the storage is atomic; the runner then
 * stops or parks exactly that event. Any other rejection is taken for an infrastructure failure,
 * which stops the runner and never parks an event.
 */
export interface ProjectionSink {
  /** The position of the last event applied; 0n before the first. */
  readonly checkpoint: () => Promise<bigint>;
  /**
   * Applies the events in order and records `checkpoint` as the new position, together.
   * `events` may be empty: the checkpoint then moves past events the projection does not apply
   * (filtered out, parked, or passed by a subscription), so they are not read again.
   */
  readonly apply: (events: readonly RecordedEvent[], checkpoint: bigint) => Promise<void>;
  /** Empties the read model and sets the checkpoint back to 0n, together. */
  readonly reset: () => Promise<void>;
}
