import { randomUUID } from 'node:crypto';
import { type EventStoreDBClient, jsonEvent, WrongExpectedVersionError } from '@eventstore/db-client';
import type { CheckpointStore, StreamVersion } from '@parcel-claims/eventsourcing';
import { CheckpointConflict } from '../errors/checkpoint-conflict.js';
import { readLast } from '../store/read-resolved.js';
import { type RetrySettings, withTransientRetry } from '../store/retry-settings.js';

/** Which projection's checkpoint the store keeps, and under which stream prefix. */
export interface EventStoreDbCheckpointStoreOptions {
  /** The projection whose checkpoint this is; one stream per projection. */
  readonly projection: string;
  /** Prefix of the checkpoint stream; default `'$parcel-claims-'` as the store's. */
  readonly internalPrefix?: string;
  readonly retry?: Partial<RetrySettings>;
}

/** The checkpoint store, with the name of the stream it keeps the checkpoint in. */
export interface EventStoreDbCheckpointStore extends CheckpointStore {
  readonly streamId: string;
}

interface StoredCheckpoint {
  readonly revision: StreamVersion;
  readonly position: bigint;
  readonly writer: string | undefined;
}

const checkpointOf = (data: unknown): { readonly position: bigint; readonly writer: string | undefined } => {
  if (typeof data !== 'object' || data === null) return { position: 0n, writer: undefined };
  const position = Reflect.get(data, 'position');
  const writer = Reflect.get(data, 'writer');
  return {
    position: typeof position === 'string' && /^\d+$/.test(position) ? BigInt(position) : 0n,
    writer: typeof writer === 'string' ? writer : undefined,
  };
};

/**
 * A projection checkpoint kept in EventStoreDB: one stream per projection, `$maxCount` 1 so only
 * the latest survives scavenging, each write at the revision last read (optimistic concurrency),
 * so a second runner of the same projection fails with `CheckpointConflict` instead of moving
 * the checkpoint under the first. The read model lives elsewhere, so a sink built on this (for
 * example `memoryProjectionSink(definition, { checkpoints })`) applies events at least once.
 *
 * @example
 * const checkpoints = eventStoreDbCheckpointStore(client, { projection: 'claims-by-status' });
 * const sink = memoryProjectionSink(definition, { checkpoints });
 */
export const eventStoreDbCheckpointStore = (
  client: EventStoreDBClient,
  options: EventStoreDbCheckpointStoreOptions,
): EventStoreDbCheckpointStore => {
  const streamId = `${options.internalPrefix ?? '$parcel-claims-'}checkpoint-${options.projection}`;
  const retry: RetrySettings = { attempts: 4, initialDelayMs: 100, maxDelayMs: 2_000, ...options.retry };
  // Tells this store's own write, whose answer was lost, from another runner's.
  const writer = randomUUID();
  let revision: StreamVersion | undefined;

  const read = async (): Promise<StoredCheckpoint> => {
    const last = (await withTransientRetry(retry, () => readLast(client, streamId)))?.event;
    if (last === undefined) return { revision: 'no_stream', position: 0n, writer: undefined };
    return { revision: last.revision, ...checkpointOf(last.data) };
  };

  const load = async (): Promise<bigint> => {
    const stored = await read();
    revision = stored.revision;
    return stored.position;
  };

  const save = async (position: bigint): Promise<void> => {
    const expected = revision ?? (await read()).revision;
    if (expected === 'no_stream') {
      await withTransientRetry(retry, () => client.setStreamMetadata(streamId, { maxCount: 1 }));
    }
    // One id per write, reused by retries, so a retry after a lost answer is a repeat.
    const event = jsonEvent({
      id: randomUUID(),
      type: 'CheckpointStored',
      data: { position: position.toString(), writer },
    });
    try {
      const result = await withTransientRetry(retry, () =>
        client.appendToStream(streamId, event, { expectedRevision: expected }),
      );
      revision = result.nextExpectedRevision;
    } catch (error) {
      if (!(error instanceof WrongExpectedVersionError)) throw error;
      const stored = await read();
      if (stored.writer === writer && stored.position === position) {
        revision = stored.revision;
        return;
      }
      revision = undefined;
      throw new CheckpointConflict({ projection: options.projection });
    }
  };

  return { streamId, load, save };
};
