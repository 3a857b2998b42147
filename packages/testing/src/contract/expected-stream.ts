import type { EventToAppend, RecordedEvent } from '@parcel-claims/eventsourcing';
import { eventHash, hashInputOf } from '@parcel-claims/eventsourcing';
import * as E from 'fp-ts/lib/Either.js';

/**
 * The recorded events a store must hold after `events` were appended to a new stream, given the
 * global positions it chose. The hash chain is computed here from what was appended, not taken
 * from the store, so a store whose hashes differ from `eventHash` fails. Every event is expected
 * sealed in hash format 1, the one `eventHash` computes. A missing position
 * becomes 0n, which no store gives, so the difference shows in the failure.
 */
export const expectedStream = (
  streamId: string,
  events: readonly EventToAppend[],
  positions: readonly bigint[],
): readonly RecordedEvent[] => {
  let previousHash: string | null = null;
  return events.map((event, index) => {
    const revision = BigInt(index);
    const { metadata } = event;
    const hash = eventHash(
      hashInputOf({ ...event, streamId, revision, metadata: { ...metadata, previousHash } }),
    );
    if (E.isLeft(hash))
      throw new Error(`Contract sample event ${event.eventId} cannot be hashed: ${hash.left}`);
    const recorded: RecordedEvent = {
      streamId,
      revision,
      position: positions[index] ?? 0n,
      eventId: event.eventId,
      type: event.type,
      data: event.data,
      metadata: { ...metadata, previousHash, hashVersion: 1, hash: hash.right },
    };
    previousHash = hash.right;
    return recorded;
  });
};
