import {
  type ChainBreak,
  type EventStore,
  type VerifyResult,
  verifyStream,
  verifyStreamText,
} from '@parcel-claims/eventsourcing';

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

export interface VerifyReport {
  readonly streams: number;
  readonly events: number;
  /** The first broken event of each broken stream, in the order the streams were checked; empty when intact. */
  readonly broken: readonly BrokenEvent[];
}

export interface VerifyStoreOptions {
  /** Only these streams; default: every stream in the store's global log. */
  readonly streams?: readonly string[];
  /** Told after each stream. */
  readonly onProgress?: (progress: VerifyProgress) => void;
}

/** Every stream in the global log with its event count, in order of first appearance. */
export const listStreams = async (store: EventStore): Promise<ReadonlyMap<string, number>> => {
  const counts = new Map<string, number>();
  for await (const batch of store.readAll()) {
    for (const event of batch) counts.set(event.streamId, (counts.get(event.streamId) ?? 0) + 1);
  }
  return counts;
};

// A store that keeps data as text has its stored bytes hashed as they are (verifyStreamText).
const verifyOne = async (
  store: EventStore,
  streamId: string,
): Promise<{ readonly events: number; readonly result: VerifyResult }> => {
  if (store.readStreamText === undefined) {
    const events = await store.readStream(streamId);
    return { events: events.length, result: verifyStream(events) };
  }
  const events = await store.readStreamText(streamId);
  return { events: events.length, result: verifyStreamText(events) };
};

/**
 * Checks the hash chain of every stream of a store (or of the given ones), each read whole from
 * revision 0, and names the first broken event of each broken stream. Streams are counted first
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
  const counts: ReadonlyMap<string, number> =
    options.streams === undefined
      ? await listStreams(store)
      : new Map(options.streams.map((streamId) => [streamId, 0]));
  let eventsTotal = [...counts.values()].reduce((sum, n) => sum + n, 0);
  let eventsDone = 0;
  let streamsDone = 0;
  const broken: BrokenEvent[] = [];
  for (const [streamId, counted] of counts) {
    const { events, result } = await verifyOne(store, streamId);
    if (!result.ok) {
      const { revision, reason, expected, found } = result;
      broken.push({ streamId: result.streamId, revision, reason, expected, found });
    }
    streamsDone += 1;
    eventsDone += events;
    eventsTotal += events - counted;
    options.onProgress?.({ streamsDone, streamsTotal: counts.size, eventsDone, eventsTotal });
  }
  return { streams: counts.size, events: eventsDone, broken };
};
