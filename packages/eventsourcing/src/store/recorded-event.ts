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

/**
 * An event as a store that keeps event data as JSON text holds it: the data is the text the
 * event was sealed with, not parsed (see `EventStore.readStreamText`).
 */
export type RecordedText = Omit<RecordedEvent, 'data'> & {
  /** The data's JSON text as stored: its RFC 8785 canonical text, as sealed. */
  readonly dataText: string;
};
