import { randomUUID } from 'node:crypto';
import { commitCheck } from './commit-check.js';
import { recentIds } from './recent-ids.js';
import {
  type CurrentState,
  type ExpectedState,
  type ProposedEvent,
  type StoredEvent,
  tombstoneRevision,
} from './stored-event.js';
import { readLimitsOf, withTruncateBefore } from './stream-metadata.js';
import type { WriteOutcome } from './write-outcome.js';

/** A stream as a reader sees it. */
export type StreamRead =
  | { readonly kind: 'deleted' }
  | { readonly kind: 'not-found' }
  /** The visible events (after `$tb` and `$maxCount`), by ascending revision. */
  | { readonly kind: 'found'; readonly events: readonly StoredEvent[] };

/** The stand-in's storage: one global log, streams indexed by name, shared by every connection. */
export interface StandInLog {
  readonly append: (
    streamName: string,
    expected: ExpectedState,
    events: readonly ProposedEvent[],
  ) => WriteOutcome;
  /** A soft delete: `$tb` past the last event, so the stream reads as missing until written again. */
  readonly softDelete: (streamName: string, expected: ExpectedState) => WriteOutcome;
  /** A hard delete: a tombstone record in the log; the stream can never be written or read again. */
  readonly tombstone: (streamName: string, expected: ExpectedState) => WriteOutcome;
  readonly readStream: (streamName: string) => StreamRead;
  /** The whole log in order; an event's index is its place in append order. */
  readonly events: () => readonly StoredEvent[];
  /** Index in `events()` of the first event whose position is greater than `position`. */
  readonly indexAfter: (position: bigint) => number;
  /** Index in `events()` of the first event whose position is at least `position`. */
  readonly indexFrom: (position: bigint) => number;
  /** Whether a read of `$all` may start at `position`: 0, the end, or the position of a record. */
  readonly isRecordBoundary: (position: bigint) => boolean;
  /** The position the next record will get. */
  readonly end: () => bigint;
  /** Calls `listener` after every write; returns the function that stops it. */
  readonly onWrite: (listener: () => void) => () => void;
  /** What a server restart loses: the recent-id cache. The log itself is durable. */
  readonly restarted: () => void;
}

interface StreamState {
  readonly events: StoredEvent[];
  tombstoned: boolean;
}

const firstPosition = 128n;
const recordOverhead = 64;
const metadataEventType = '$metadata';

const recordSize = (event: ProposedEvent, streamName: string): bigint => {
  const size =
    recordOverhead +
    Buffer.byteLength(streamName) +
    Buffer.byteLength(event.type) +
    event.data.length +
    event.customMetadata.length;
  // Records are 8-byte aligned, so positions are spread out like a real log's and not dense.
  return BigInt(Math.ceil(size / 8) * 8);
};

const ticksNow = (): bigint => BigInt(Date.now()) * 10_000n;

/**
 * Creates the stand-in's storage. Everything is synchronous: appends happen one at a time in
 * the order the server finishes receiving them, so no locking is needed.
 */
export const standInLog = (): StandInLog => {
  const log: StoredEvent[] = [];
  const positions = new Set<bigint>();
  const streams = new Map<string, StreamState>();
  const recent = recentIds(10_000);
  const listeners = new Set<() => void>();
  let end = firstPosition;

  const stateOf = (streamName: string): StreamState => {
    const known = streams.get(streamName);
    if (known !== undefined) return known;
    const created: StreamState = { events: [], tombstoned: false };
    streams.set(streamName, created);
    return created;
  };

  const lastMetadata = (streamName: string): Uint8Array | undefined => {
    const meta = streams.get(`$$${streamName}`)?.events;
    return meta?.[meta.length - 1]?.data;
  };

  /** The first revision a reader sees, given `$tb` and `$maxCount`. */
  const visibleFrom = (streamName: string, state: StreamState): bigint => {
    const limits = readLimitsOf(lastMetadata(streamName));
    const next = BigInt(state.events.length);
    const byCount = limits.maxCount === undefined ? 0n : next - limits.maxCount;
    const byTruncation = limits.truncateBefore ?? 0n;
    return byCount > byTruncation ? byCount : byTruncation;
  };

  /** A stream whose events are all truncated by `$tb` (soft-deleted) counts as missing. */
  const currentOf = (streamName: string, state: StreamState): CurrentState => {
    const last = BigInt(state.events.length) - 1n;
    if (last < 0n) return 'no_stream';
    const truncateBefore = readLimitsOf(lastMetadata(streamName)).truncateBefore ?? 0n;
    return truncateBefore > last ? 'no_stream' : last;
  };

  const notify = () => {
    for (const listener of [...listeners]) listener();
  };

  const record = (streamName: string, revision: bigint, event: ProposedEvent): StoredEvent => {
    const stored: StoredEvent = { ...event, streamName, revision, created: ticksNow(), position: end };
    end += recordSize(event, streamName);
    log.push(stored);
    positions.add(stored.position);
    return stored;
  };

  const append: StandInLog['append'] = (streamName, expected, events) => {
    const state = stateOf(streamName);
    if (state.tombstoned) return { kind: 'stream-deleted' };
    const current = currentOf(streamName, state);
    const decision = commitCheck({
      streamName,
      events: state.events,
      current,
      expected,
      eventIds: events.map((event) => event.eventId),
      recent: recent.get,
    });
    if (decision.kind === 'wrong-expected-version') return { kind: 'wrong-expected-version', current };
    // A repeat is answered like the original write: its last revision and position.
    if (decision.kind === 'idempotent') {
      return { kind: 'idempotent', current: decision.last.revision, last: decision.last };
    }
    let last: StoredEvent | undefined;
    for (const event of events) {
      last = record(streamName, BigInt(state.events.length), event);
      state.events.push(last);
      recent.remember(last);
    }
    if (last !== undefined) notify();
    return { kind: 'written', current: last?.revision ?? current, last };
  };

  /** Deletes check the expected version like appends, but have no idempotent repeat. */
  const checkDelete = (streamName: string, expected: ExpectedState): WriteOutcome | undefined => {
    const state = stateOf(streamName);
    if (state.tombstoned) return { kind: 'stream-deleted' };
    const current = currentOf(streamName, state);
    const met =
      expected === 'any' ||
      (expected === 'no_stream' && current === 'no_stream') ||
      (expected === 'stream_exists' && current !== 'no_stream') ||
      expected === current;
    return met ? undefined : { kind: 'wrong-expected-version', current };
  };

  const softDelete: StandInLog['softDelete'] = (streamName, expected) => {
    const refused = checkDelete(streamName, expected);
    if (refused !== undefined) return refused;
    const state = stateOf(streamName);
    const next = BigInt(state.events.length);
    const metastream = `$$${streamName}`;
    const meta = stateOf(metastream);
    const written = record(metastream, BigInt(meta.events.length), {
      eventId: randomUUID(),
      type: metadataEventType,
      contentType: 'application/json',
      data: withTruncateBefore(lastMetadata(streamName), next),
      customMetadata: new Uint8Array(),
    });
    meta.events.push(written);
    notify();
    return { kind: 'written', current: 'no_stream', last: written };
  };

  const tombstone: StandInLog['tombstone'] = (streamName, expected) => {
    const refused = checkDelete(streamName, expected);
    if (refused !== undefined) return refused;
    const state = stateOf(streamName);
    const written = record(streamName, tombstoneRevision, {
      eventId: randomUUID(),
      type: '$streamDeleted',
      contentType: 'application/octet-stream',
      data: new Uint8Array(),
      customMetadata: new Uint8Array(),
    });
    state.tombstoned = true;
    notify();
    return { kind: 'written', current: 'no_stream', last: written };
  };

  const readStream: StandInLog['readStream'] = (streamName) => {
    const state = streams.get(streamName);
    if (state === undefined) return { kind: 'not-found' };
    if (state.tombstoned) return { kind: 'deleted' };
    if (currentOf(streamName, state) === 'no_stream') return { kind: 'not-found' };
    return { kind: 'found', events: state.events.slice(Number(visibleFrom(streamName, state))) };
  };

  const search = (position: bigint, inclusive: boolean): number => {
    let low = 0;
    let high = log.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const at = log[middle]?.position ?? end;
      if (inclusive ? at < position : at <= position) low = middle + 1;
      else high = middle;
    }
    return low;
  };

  return {
    append,
    softDelete,
    tombstone,
    readStream,
    events: () => log,
    indexAfter: (position) => search(position, false),
    indexFrom: (position) => search(position, true),
    isRecordBoundary: (position) => position === 0n || position === end || positions.has(position),
    end: () => end,
    onWrite: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    restarted: () => recent.forget(),
  };
};
