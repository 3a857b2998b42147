import type { EventStoreDBClient, ReadStreamOptions, ResolvedEvent } from '@eventstore/db-client';
import { failureKind } from '../client/failure-kind.js';
import { StreamDeleted } from '../errors/stream-deleted.js';

/**
 * Reads a stream through the client into memory. The client reports a missing stream lazily,
 * on the first iteration; here it is `'not-found'`. A tombstoned stream throws `StreamDeleted`.
 */
export const readResolved = async (
  client: EventStoreDBClient,
  streamId: string,
  options: ReadStreamOptions,
): Promise<readonly ResolvedEvent[] | 'not-found'> => {
  const events: ResolvedEvent[] = [];
  try {
    for await (const resolved of client.readStream(streamId, options)) events.push(resolved);
    return events;
  } catch (error) {
    const kind = failureKind(error);
    if (kind === 'stream-not-found') return 'not-found';
    if (kind === 'stream-deleted') throw new StreamDeleted({ streamId });
    throw error;
  }
};

/** The last event of a stream, if it has one. */
export const readLast = async (
  client: EventStoreDBClient,
  streamId: string,
): Promise<ResolvedEvent | undefined> => {
  const events = await readResolved(client, streamId, {
    fromRevision: 'end',
    direction: 'backwards',
    maxCount: 1,
  });
  return events === 'not-found' ? undefined : events[0];
};

/** The event at `revision` of a stream, if there is one. */
export const readAt = async (
  client: EventStoreDBClient,
  streamId: string,
  revision: bigint,
): Promise<ResolvedEvent | undefined> => {
  const events = await readResolved(client, streamId, { fromRevision: revision, maxCount: 1 });
  return events === 'not-found' ? undefined : events.find((event) => event.event?.revision === revision);
};
