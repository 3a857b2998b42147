/** An event as the stand-in keeps it: what the client sent, plus where the log put it. */
export interface StoredEvent {
  readonly streamName: string;
  readonly revision: bigint;
  /** Lowercase canonical UUID, as EventStoreDB returns ids whatever case they were sent in. */
  readonly eventId: string;
  readonly type: string;
  readonly contentType: string;
  readonly data: Uint8Array;
  readonly customMetadata: Uint8Array;
  /** 100-nanosecond ticks since the Unix epoch, the unit the client expects in `created`. */
  readonly created: bigint;
  /** Synthetic log position; commit and prepare positions are both this value. */
  readonly position: bigint;
}

/** An event a client proposes in an append. */
export type ProposedEvent = Pick<StoredEvent, 'eventId' | 'type' | 'contentType' | 'data' | 'customMetadata'>;

/** What a writer expects of a stream, in the words of the protocol. */
export type ExpectedState = 'any' | 'no_stream' | 'stream_exists' | bigint;

/** A stream's version: its last revision, or `no_stream`. */
export type CurrentState = bigint | 'no_stream';

/** The revision EventStoreDB gives the tombstone record of a hard-deleted stream (Int64.MaxValue). */
export const tombstoneRevision = 9223372036854775807n;
