import type { EventMetadata } from './event-metadata.js';

/** An event a writer hands to `EventStore.append`. */
export interface EventToAppend {
  /** A UUID. Deterministic ids make appends idempotent: see `EventStore.append`. */
  readonly eventId: string;
  readonly type: string;
  /** JSON data: stores keep it as JSON, so anything JSON cannot carry is lost or rejected. */
  readonly data: unknown;
  readonly metadata: EventMetadata;
}
