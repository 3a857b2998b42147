import type { RecordedMetadata } from './event-metadata.js';

/** An event as a store recorded it. */
export interface RecordedEvent {
  readonly streamId: string;
  /** 0-based position of the event within its stream. */
  readonly revision: bigint;
  /** Position in the store's global log: positive and strictly increasing in append order. */
  readonly position: bigint;
  readonly eventId: string;
  readonly type: string;
  readonly data: unknown;
  readonly metadata: RecordedMetadata;
}
