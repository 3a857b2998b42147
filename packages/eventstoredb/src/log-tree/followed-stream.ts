import { type JSONEventData, type ResolvedEvent, WrongExpectedVersionError } from '@eventstore/db-client';
import type { StreamVersion } from '@parcel-claims/eventsourcing';
import { failureKind } from '../client/failure-kind.js';
import { StreamDeleted } from '../errors/stream-deleted.js';
import { UnreadableEvent } from '../errors/unreadable-event.js';
import type { AdapterContext } from '../store/adapter-context.js';
import { readResolved } from '../store/read-resolved.js';
import { withTransientRetry } from '../store/retry-settings.js';
import { oneAtATime } from './one-at-a-time.js';

/** Events read from a followed stream in one call at most (tree steps are up to about 50 kB). */
const pageSize = 64;

/**
 * A stream of the adapter's own that one process keeps a copy of in memory: each call reads only
 * the events written since the last, and writes go at the revision last read, so two writers
 * cannot both extend it.
 */
export interface FollowedStream {
  readonly streamId: string;
  /** Reads the events written since the last call and hands each, in order, to `apply`. */
  readonly follow: () => Promise<void>;
  /**
   * Appends one event at the revision last read: `'written'`, or `'raced'` when another writer
   * extended the stream first (then `follow` and decide again). The event is applied when a
   * later `follow` reads it back.
   */
  readonly append: (event: JSONEventData) => Promise<'written' | 'raced'>;
}

/**
 * Follows `streamId`, handing each event read to `apply` with its revision. An event that
 * `apply` refuses stops the call with that error, and the same event is read again next time.
 * A revision that does not follow the last one read is `UnreadableEvent`.
 */
export const followedStream = (
  context: AdapterContext,
  streamId: string,
  apply: (event: ResolvedEvent, revision: bigint) => Promise<void>,
): FollowedStream => {
  let revision: StreamVersion = 'no_stream';

  /** Reads and applies one page after the last revision applied; whether the page was full. */
  const followPage = async (): Promise<boolean> => {
    const from = revision === 'no_stream' ? 0n : revision + 1n;
    const events = await withTransientRetry(context.retry, () =>
      readResolved(context.client, streamId, { fromRevision: from, maxCount: pageSize }),
    );
    if (events === 'not-found') return false;
    let next = from;
    for (const resolved of events) {
      const read = resolved.event?.revision;
      if (read !== next)
        throw new UnreadableEvent({
          streamId,
          revision: next,
          reason: `revision ${next} was expected next, the server returned ${read ?? 'a missing event'}`,
        });
      await apply(resolved, read);
      revision = read;
      next = read + 1n;
    }
    return events.length === pageSize;
  };

  // One read at a time: two reads from the same revision would apply its events twice.
  const follow = oneAtATime(async (): Promise<void> => {
    while (await followPage()) {}
  });

  const append = async (event: JSONEventData): Promise<'written' | 'raced'> => {
    try {
      // The same event id at the same exact revision: a retry after a lost answer is a repeat.
      await withTransientRetry(context.retry, () =>
        context.client.appendToStream(streamId, event, { expectedRevision: revision }),
      );
      return 'written';
    } catch (error) {
      if (error instanceof WrongExpectedVersionError) return 'raced';
      if (failureKind(error) === 'stream-deleted') throw new StreamDeleted({ streamId });
      throw error;
    }
  };

  return { streamId, follow, append };
};
