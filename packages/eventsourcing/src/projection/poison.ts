import type { RecordedEvent } from '../store/recorded-event.js';

/** Why an event could not be projected. */
export type PoisonReason =
  | { readonly kind: 'undecodable'; readonly message: string; readonly paths: readonly string[] }
  | { readonly kind: 'handler-failed'; readonly message: string; readonly cause: unknown };

/**
 * What the runner does with a poison event: stop with `ProjectionFailed` (the default), or hand
 * the event to `park` (a dead-letter table, a log, an alert) and move on. Parking is at least
 * once: a crash after `park` and before the checkpoint moves past the event parks it again.
 */
export type PoisonHandling =
  | { readonly onPoison?: 'stop' }
  | {
      readonly onPoison: 'park';
      /** Sets aside an event the projection cannot apply, with why, and goes on. */
      readonly park: (event: RecordedEvent, reason: PoisonReason) => Promise<void>;
    };
