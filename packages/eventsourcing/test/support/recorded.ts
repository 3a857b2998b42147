import * as E from 'fp-ts/lib/Either.js';
import { type EventToAppend, eventHash, hashInputOf, type RecordedEvent } from '../../src/index.js';

/**
 * The recorded events a store must hold for `events` appended to a new stream, with their global
 * positions. Hashes come from eventHash, whose output is pinned separately against a literal.
 */
export const recordedStream = (
  streamId: string,
  events: readonly { readonly event: EventToAppend; readonly position: bigint }[],
): readonly RecordedEvent[] => {
  const recorded: RecordedEvent[] = [];
  let previousHash: string | null = null;
  events.forEach(({ event, position }, index) => {
    const revision = BigInt(index);
    const hash = eventHash(
      hashInputOf({ ...event, streamId, revision, metadata: { ...event.metadata, previousHash } }),
    );
    if (E.isLeft(hash)) throw new Error(hash.left);
    recorded.push({
      streamId,
      revision,
      position,
      eventId: event.eventId,
      type: event.type,
      data: event.data,
      metadata: { ...event.metadata, previousHash, hashVersion: 1, hash: hash.right },
    });
    previousHash = hash.right;
  });
  return recorded;
};
