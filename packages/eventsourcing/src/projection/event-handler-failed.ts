import type { RecordedEvent } from '../store/recorded-event.js';

/** The message of anything thrown, for error messages. */
export const describeCause = (cause: unknown): string =>
  cause instanceof Error ? cause.message : String(cause);

/**
 * What a {@link ProjectionSink} rejects with when the read-model logic fails on one event: it
 * names the event, so the runner can stop at or park exactly that event. `cause` is what the
 * handler threw.
 */
export class EventHandlerFailed extends Error {
  override readonly name = 'EventHandlerFailed';
  readonly event: RecordedEvent;

  constructor(details: { readonly event: RecordedEvent; readonly cause: unknown }) {
    super(
      `Handler failed on event ${details.event.type} at position ${details.event.position}: ${describeCause(details.cause)}`,
      { cause: details.cause },
    );
    this.event = details.event;
  }
}
