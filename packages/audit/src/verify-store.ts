import {
  type ChainBreak,
  type EventStore,
  type RecordedEvent,
  type VerifyResult,
  verifyStream,
  verifyStreamText,
} from '@parcel-claims/eventsourcing';
import { escapeForDisplay } from './display-text.js';

/** The first event of a stream that breaks its hash chain. */
export interface BrokenEvent {
  readonly streamId: string;
  readonly revision: bigint;
  readonly reason: ChainBreak;
  /** What the chain says the value should be (a hash, or a revision for `unexpected-revision`). */
  readonly expected: string | null;
  /** What is stored. */
  readonly found: string | null;
}

/** How far a verification has come. */
export interface VerifyProgress {
  readonly streamsDone: number;
  readonly streamsTotal: number;
  readonly eventsDone: number;
  readonly eventsTotal: number;
}

/**
 * A stream that reads back other than the global log shows it: more or fewer events (on
 * EventStoreDB a deleted or truncated stream leaves its events in the log), or another last hash.
 */
export interface StreamUnlikeLog {
  readonly streamId: string;
  /** Events of the stream in the global log, and the hash of the last of them. */
  readonly inLog: { readonly events: number; readonly lastHash: string | null };
  /**
   * Events a read of the stream gives, and the hash of the last of them; `deleted` when the store
   * refuses the read because the stream was deleted for good (EventStoreDB's tombstone).
   */
  readonly read: { readonly events: number; readonly lastHash: string | null; readonly deleted: boolean };
}

/** A sentence naming how a stream reads back other than the global log holds it. */
export const describeStreamUnlikeLog = (unlike: StreamUnlikeLog): string =>
  `${escapeForDisplay(unlike.streamId)} ${
    unlike.read.deleted
      ? 'cannot be read: it was deleted for good'
      : `reads back ${unlike.read.events} event(s) (last hash ${unlike.read.lastHash ?? 'none'})`
  } ` +
  `but the global log holds ${unlike.inLog.events} of it (last hash ${unlike.inLog.lastHash ?? 'none'}): ` +
  'the stream was deleted, truncated or altered apart from the log';

/**
 * What `verifyStore` found: how many streams and events it checked, and every break in a chain or in the log.
 */
export interface VerifyReport {
  readonly streams: number;
  readonly events: number;
  /** The first broken event of each broken stream, in the order the streams were checked; empty when intact. */
  readonly broken: readonly BrokenEvent[];
  /**
   * Streams whose read differs from what the global log holds of them (checked when every stream
   * of the log is verified, not with `streams`); empty when every stream reads as the log shows it.
   */
  readonly unlikeLog: readonly StreamUnlikeLog[];
}

/** Which streams `verifyStore` checks, and how it reports its progress. */
export interface VerifyStoreOptions {
  /** Only these streams; default: every stream in the store's global log. */
  readonly streams?: readonly string[];
  /** Told after each stream. */
  readonly onProgress?: (progress: VerifyProgress) => void;
  /**
   * Given each batch of the global log as it is read (without `streams`, when the whole log is
   * read to find the streams), so that a caller checking more of the log reads it only once.
   */
  readonly onLogBatch?: (batch: readonly RecordedEvent[]) => Promise<void>;
}

/** Every stream in the global log with its event count, in order of first appearance. */
export const listStreams = async (store: EventStore): Promise<ReadonlyMap<string, number>> => {
  const counts = new Map<string, number>();
  for (const [streamId, seen] of await streamsInLog(store)) counts.set(streamId, seen.events);
  return counts;
};

// Every stream of the global log: how many events it holds there and the hash of the last.
const streamsInLog = async (
  store: EventStore,
  onLogBatch?: VerifyStoreOptions['onLogBatch'],
): Promise<ReadonlyMap<string, StreamUnlikeLog['inLog']>> => {
  const seen = new Map<string, { events: number; lastHash: string | null }>();
  for await (const batch of store.readAll()) {
    await onLogBatch?.(batch);
    for (const event of batch) {
      const known = seen.get(event.streamId);
      if (known === undefined) seen.set(event.streamId, { events: 1, lastHash: event.metadata.hash });
      else {
        known.events += 1;
        known.lastHash = event.metadata.hash;
      }
    }
  }
  return seen;
};

// A store that keeps data as text has its stored bytes hashed as they are (verifyStreamText).
const verifyOne = async (
  store: EventStore,
  streamId: string,
): Promise<{ readonly events: number; readonly lastHash: string | null; readonly result: VerifyResult }> => {
  if (store.readStreamText === undefined) {
    const events = await store.readStream(streamId);
    return {
      events: events.length,
      lastHash: events.at(-1)?.metadata.hash ?? null,
      result: verifyStream(events),
    };
  }
  const events = await store.readStreamText(streamId);
  return {
    events: events.length,
    lastHash: events.at(-1)?.metadata.hash ?? null,
    result: verifyStreamText(events),
  };
};

// A stream deleted for good (EventStoreDB's tombstone) refuses reads with a StreamDeleted error:
// checked by name, since the adapter is not a dependency of the audit.
const deletedForGood = (error: unknown): boolean => error instanceof Error && error.name === 'StreamDeleted';

const readAndVerify = async (store: EventStore, streamId: string) => {
  try {
    return { deleted: false, ...(await verifyOne(store, streamId)) };
  } catch (error) {
    if (!deletedForGood(error)) throw error;
    const result: VerifyResult = { ok: true };
    return { deleted: true, events: 0, lastHash: null, result };
  }
};

/**
 * Checks the hash chain of every stream of a store (or of the given ones), each read whole from
 * revision 0, and names the first broken event of each broken stream. Checking every stream, it
 * also names each stream that reads back other than the global log holds it (on EventStoreDB, a
 * stream deleted or truncated leaves its events in the log). Streams are counted first
 * from the global log so that progress has a total. On a store that keeps event data as text
 * (`readStreamText`: the PostgreSQL store) the stored text is what is hashed, as it is.
 *
 * @example
 * const report = await verifyStore(store, { streams: ['parcel-TSS-2026-000042'] });
 * if (report.broken.length > 0) console.error(report.broken[0]);
 */
export const verifyStore = async (
  store: EventStore,
  options: VerifyStoreOptions = {},
): Promise<VerifyReport> => {
  const inLog = options.streams === undefined ? await streamsInLog(store, options.onLogBatch) : undefined;
  const counts: ReadonlyMap<string, number> =
    inLog === undefined
      ? new Map((options.streams ?? []).map((streamId) => [streamId, 0]))
      : new Map([...inLog].map(([streamId, seen]) => [streamId, seen.events]));
  let eventsTotal = [...counts.values()].reduce((sum, n) => sum + n, 0);
  let eventsDone = 0;
  let streamsDone = 0;
  const broken: BrokenEvent[] = [];
  const unlikeLog: StreamUnlikeLog[] = [];
  for (const [streamId, counted] of counts) {
    const { events, lastHash, deleted, result } = await readAndVerify(store, streamId);
    if (!result.ok) {
      const { revision, reason, expected, found } = result;
      broken.push({ streamId: result.streamId, revision, reason, expected, found });
    }
    const logged = inLog?.get(streamId);
    if (logged !== undefined && (deleted || logged.events !== events || logged.lastHash !== lastHash))
      unlikeLog.push({ streamId, inLog: logged, read: { events, lastHash, deleted } });
    streamsDone += 1;
    eventsDone += events;
    eventsTotal += events - counted;
    options.onProgress?.({ streamsDone, streamsTotal: counts.size, eventsDone, eventsTotal });
  }
  return { streams: counts.size, events: eventsDone, broken, unlikeLog };
};
