import {
  type EventStoreDBClient,
  PersistentSubscriptionExistsError,
  type PersistentSubscriptionToAllResolvedEvent,
  PINNED,
  persistentSubscriptionToAllSettingsFromDefaults,
  START,
  streamNameFilter,
} from '@eventstore/db-client';
import type { RecordedEvent } from '@parcel-claims/eventsourcing';
import { decodeEvent } from '../codec/decode-event.js';
import { UnreadableEvent } from '../errors/unreadable-event.js';

/** What `persistentProjectionWorker` needs. */
export interface PersistentProjectionWorkerOptions {
  readonly client: EventStoreDBClient;
  /** The persistent subscription group the workers share: created on `$all` if missing. */
  readonly group: string;
  /** Only events of streams whose id starts with this are delivered (a server-side filter). */
  readonly streamPrefix?: string;
  /**
   * Applies a batch, each stream's events in order; resolves with the events it could not apply
   * yet (ahead of their stream), which are handed back to the server to be delivered again. It
   * must take redeliveries in its stride (see `sqlStreamRevisionsSink` in `@parcel-claims/postgres`).
   */
  readonly apply: (events: readonly RecordedEvent[]) => Promise<readonly RecordedEvent[]>;
  /** Events the server may hand this worker unacknowledged, the most of a batch; default 64. */
  readonly bufferSize?: number;
  /** How long the server waits for an ack before it delivers an event again; default 30 s. */
  readonly messageTimeoutMs?: number;
  /** Told after each batch is acknowledged. */
  readonly onBatch?: (batch: {
    readonly applied: number;
    readonly retried: number;
    readonly parked: number;
  }) => void;
}

/** One of several competing consumers of a persistent subscription. */
export interface PersistentProjectionWorker {
  /** Creates the group if missing, then consumes in the background until `stop()`. */
  readonly start: () => Promise<void>;
  /** Stops consuming and leaves the group, so that its streams go to the other consumers. */
  readonly stop: () => Promise<void>;
  /** Settles when consuming ends: resolves after `stop()`, rejects with what ended it. */
  readonly finished: () => Promise<void>;
}

/**
 * A projection worker over an EventStoreDB/KurrentDB persistent subscription to `$all` with the
 * pinned consumer strategy: the server hashes each stream id to a bucket, assigns the buckets to
 * the connected workers and moves them when one joins or leaves, and delivers again what a worker
 * left unacknowledged (its message timeout, or the worker's connection dropped). Batches are what
 * the server has sent, up to the buffer size; each is applied, then acknowledged. Since the server
 * delivers at least once and keeps stream order only on a best-effort basis, `apply` must be
 * idempotent and order-checking, and the events it hands back are nacked for retry. An event the
 * adapter cannot read (`UnreadableEvent`) is parked with the reason, never dropped.
 *
 * @example
 * const worker = persistentProjectionWorker({
 *   client, group: 'claim-read-models', streamPrefix: 'parcel-',
 *   apply: async (events) => (await sink.apply(events)).early,
 * });
 * await worker.start();
 */
export const persistentProjectionWorker = (
  options: PersistentProjectionWorkerOptions,
): PersistentProjectionWorker => {
  const { client, group } = options;
  const bufferSize = Math.max(1, options.bufferSize ?? 64);
  let subscription: ReturnType<EventStoreDBClient['subscribeToPersistentSubscriptionToAll']> | undefined;
  let running: Promise<void> = Promise.resolve();
  let stopping = false;

  const ensureGroup = async (): Promise<void> => {
    try {
      await client.createPersistentSubscriptionToAll(
        group,
        persistentSubscriptionToAllSettingsFromDefaults({
          consumerStrategyName: PINNED,
          startFrom: START,
          messageTimeout: options.messageTimeoutMs ?? 30_000,
          // Events handed back as ahead of their stream are retried until their turn comes.
          maxRetryCount: 1_000,
        }),
        options.streamPrefix === undefined
          ? {}
          : { filter: streamNameFilter({ prefixes: [options.streamPrefix] }) },
      );
    } catch (error) {
      if (!(error instanceof PersistentSubscriptionExistsError)) throw error;
    }
  };

  const flush = async (batch: readonly PersistentSubscriptionToAllResolvedEvent[]): Promise<void> => {
    const current = subscription;
    if (current === undefined || batch.length === 0) return;
    const readable: { resolved: PersistentSubscriptionToAllResolvedEvent; event: RecordedEvent }[] = [];
    let parked = 0;
    for (const resolved of batch) {
      try {
        readable.push({ resolved, event: decodeEvent(resolved).event });
      } catch (error) {
        if (!(error instanceof UnreadableEvent)) throw error;
        await current.nack('park', error.message, resolved);
        parked += 1;
      }
    }
    const later = new Set(
      (await options.apply(readable.map(({ event }) => event))).map((event) => event.eventId),
    );
    const done = readable.filter(({ event }) => !later.has(event.eventId)).map(({ resolved }) => resolved);
    const again = readable.filter(({ event }) => later.has(event.eventId)).map(({ resolved }) => resolved);
    if (done.length > 0) await current.ack(...done);
    if (again.length > 0) await current.nack('retry', 'ahead of its stream', ...again);
    options.onBatch?.({ applied: done.length, retried: again.length, parked });
  };

  const consume = async (): Promise<void> => {
    const current = client.subscribeToPersistentSubscriptionToAll(group, { bufferSize });
    subscription = current;
    const pending: PersistentSubscriptionToAllResolvedEvent[] = [];
    try {
      for await (const resolved of current) {
        pending.push(resolved);
        if (pending.length < bufferSize && current.readableLength > 0) continue;
        await flush(pending.splice(0));
      }
    } catch (error) {
      if (!stopping) throw error;
    }
  };

  return {
    start: async () => {
      await ensureGroup();
      stopping = false;
      running = consume();
      running.catch(() => undefined);
    },
    stop: async () => {
      stopping = true;
      await subscription?.unsubscribe();
      // Cancelling the call does not end the stream the events are read from: end it here.
      subscription?.destroy();
      await running.catch(() => undefined);
    },
    finished: () => running,
  };
};
