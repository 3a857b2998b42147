import type { ReadonlyNonEmptyArray } from 'fp-ts/lib/ReadonlyNonEmptyArray.js';
import type { LogTree } from '../log-tree/log-tree.js';
import type { EventToAppend } from './event-to-append.js';
import type { ExpectedVersion } from './expected-version.js';
import type { RecordedEvent, RecordedText } from './recorded-event.js';
import type { SubscribeOptions, Subscription } from './subscription.js';

/** The version the stream must be at for an append to be written. */
export interface AppendOptions {
  readonly expectedVersion: ExpectedVersion;
}

/** Where an append left the stream and the log. */
export interface AppendResult {
  /** Revision of the last event of the append: the expected version for the next one. */
  readonly nextExpectedRevision: bigint;
  /** Global position of the last event of the append. */
  readonly position: bigint;
  /** True when the same events had been appended before and nothing was written this time. */
  readonly alreadyApplied: boolean;
}

/** How to read one stream: from which revision, in which direction, how many events. */
export interface ReadStreamOptions {
  /** Inclusive start revision; default: the first event forwards, the last backwards. */
  readonly from?: bigint;
  readonly direction?: 'forwards' | 'backwards';
  /** At most this many events; default: all. */
  readonly maxCount?: number;
}

/** How to read the global log: after which position, in batches of what size. */
export interface ReadAllOptions {
  /** Exclusive start position; default: the beginning of the log (same as `0n`). */
  readonly after?: bigint;
  /** Events per batch, at least 1; default 512. */
  readonly batchSize?: number;
}

/**
 * The port every event store implements (in memory, PostgreSQL, PGlite, EventStoreDB).
 *
 * Versions: stream revisions are 0-based; see {@link ExpectedVersion}. Positions: each event
 * has a positive global position, strictly increasing in append order; positions need not be
 * dense, and every start position is exclusive, so a checkpoint is simply the position of the
 * last event handled and `0n` means "from the beginning".
 *
 * Failures reject the promise with a typed error: `VersionConflict`, `StreamNotFound`,
 * `DuplicateEventIds`, `InvalidEventData`, `InvalidStreamId` (see `isValidStreamId`: every store
 * refuses the same ids in `append` and `readStream`), or `StoreUnavailable` when the store cannot
 * be reached.
 */
export interface EventStore {
  /**
   * Appends events atomically to one stream if it satisfies `expectedVersion`; the store adds
   * the hash chain to the metadata.
   *
   * Idempotency: if every event id of the batch is already recorded in this stream, in the same
   * order and at the revisions this expected version would have given them (any place for
   * `any` and `stream_exists`), nothing is written and the result reports the original write
   * with `alreadyApplied: true`. If only some ids are recorded in this stream, or the whole
   * batch is recorded elsewhere in it, the append is a `VersionConflict`. Ids recorded in
   * another stream, or repeated within the batch, are `DuplicateEventIds`.
   *
   * `stream_exists` on a missing stream is `StreamNotFound`; any other unsatisfied expectation
   * is `VersionConflict`.
   */
  readonly append: (
    streamId: string,
    events: ReadonlyNonEmptyArray<EventToAppend>,
    options: AppendOptions,
  ) => Promise<AppendResult>;
  /** Reads one stream. A stream that does not exist reads as an empty array, not an error. */
  readonly readStream: (streamId: string, options?: ReadStreamOptions) => Promise<readonly RecordedEvent[]>;
  /**
   * Only on stores that keep each event's data as the JSON text it was sealed with (PostgreSQL):
   * one whole stream read forwards, as `readStream` reads it, with each event's data the stored
   * text, unparsed. `verifyStreamText` checks the hash chain over exactly these bytes.
   */
  readonly readStreamText?: (streamId: string) => Promise<readonly RecordedText[]>;
  /**
   * Reads the global log in order, as non-empty batches of at most `batchSize` events, until a
   * read finds nothing more. Events appended while it runs may or may not be included.
   */
  readonly readAll: (options?: ReadAllOptions) => AsyncIterable<readonly RecordedEvent[]>;
  /** A catch-up subscription to the global log; see {@link Subscription}. */
  readonly subscribe: (options?: SubscribeOptions) => Subscription;
  /**
   * The Merkle tree the store keeps over its global log, with its signed checkpoints (see
   * {@link LogTree}). Every store of this project keeps one; a wrapper or a test double may not.
   */
  readonly tree?: LogTree;
}
