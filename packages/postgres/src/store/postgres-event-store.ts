import {
  type EventStore,
  type RecordedEvent,
  type RecordedText,
  type Subscription,
  withValidStreamIds,
} from '@parcel-claims/eventsourcing';
import type { NotificationSource } from '../notifications/notification-source.js';
import { schemaNames } from '../schema/schema-names.js';
import type { SqlExecutor } from '../sql-executor.js';
import { appendEvents } from './append-events.js';
import { sendAlone } from './append-sender.js';
import { appendSignal } from './append-signal.js';
import { groupCommit } from './group-commit.js';
import { readLogPage } from './log-page.js';
import { pgLogTree } from './pg-log-tree.js';
import { pollingSubscription } from './polling-subscription.js';
import { readAll } from './read-all.js';
import { readStream, readStreamText } from './read-stream.js';
import { streamHeads } from './stream-heads.js';
import { unlessUnavailable } from './unavailable.js';

const defaultMaxAppendsPerGroup = 64;

/** Where the store keeps its events and how its subscriptions learn of new ones. */
export interface PostgresEventStoreOptions {
  readonly executor: SqlExecutor;
  /** The schema `migrate` prepared; default `parcel_claims`. */
  readonly schema?: string;
  /**
   * How often a live subscription reads the log when no notification wakes it; default 500.
   * With `notifications` this only bounds the delay if a notification is lost.
   */
  readonly pollIntervalMs?: number;
  /** LISTEN/NOTIFY (`pgNotifications`, `pgliteNotifications`): live subscriptions wake on append. */
  readonly notifications?: NotificationSource;
  /** Events a subscription reads per query; default 256. */
  readonly subscriptionBatchSize?: number;
  /**
   * Most appends sent together in one transaction (group commit) when the executor is
   * `autocommit`; default 64, and 1 sends every append alone. See
   * docs/adr/0008-postgres-group-commit.md.
   */
  readonly maxAppendsPerGroup?: number;
}

/** An {@link EventStore} on PostgreSQL or PGlite, and how to end its subscriptions. */
export interface PostgresEventStore extends EventStore {
  /** Each event's data as the canonical JSON text it was sealed and stored with. */
  readonly readStreamText: (streamId: string) => Promise<readonly RecordedText[]>;
  /** Closes every open subscription and stops listening; the executor stays open. */
  readonly close: () => Promise<void>;
}

/**
 * The EventStore port on PostgreSQL (through `pgExecutor`) or PGlite (`pgliteExecutor`), in a
 * schema prepared by `migrate`. It answers as the in-memory store does: `checkAppend` decides
 * every append and `chainEvents` seals it. Global positions are handed out in commit order under
 * a per-schema advisory lock, so a reader or subscriber never skips an event committed late
 * (docs/adr/0005-postgres-global-order.md). The Merkle tree over the log (`tree`) grows in the
 * transaction of each append (docs/adr/0014-postgres-merkle-tree.md). Failures other than the
 * port's typed errors reject with `StoreUnavailable`.
 *
 * @example
 * const executor = pgExecutor({ connectionString: 'postgres://postgres@127.0.0.1:5432/test' });
 * await migrate(executor);
 * const store = postgresEventStore({ executor, notifications: pgNotifications(executor.pool) });
 * await store.append('parcel-1', [event], { expectedVersion: 'no_stream' });
 */
export const postgresEventStore = (options: PostgresEventStoreOptions): PostgresEventStore => {
  const { executor } = options;
  const names = schemaNames(options.schema);
  const heads = streamHeads();
  const maxAppends = Math.max(1, options.maxAppendsPerGroup ?? defaultMaxAppendsPerGroup);
  const send =
    executor.autocommit === true && maxAppends > 1
      ? groupCommit(executor, names, { maxAppends })
      : sendAlone(executor, names);
  const signal = appendSignal(options.notifications, names.channel);
  const open = new Set<Subscription>();
  const pageSize = Math.max(1, options.subscriptionBatchSize ?? 256);
  const source = {
    readPage: (after: bigint, prefix: string) =>
      unlessUnavailable(() => readLogPage(executor, names, after, prefix, pageSize)),
    signal,
    pollIntervalMs: options.pollIntervalMs ?? 500,
    onClose: (subscription: Subscription) => {
      open.delete(subscription);
    },
  };

  async function* readAllEvents(
    readOptions?: Parameters<EventStore['readAll']>[0],
  ): AsyncGenerator<readonly RecordedEvent[]> {
    const batches = readAll(executor, names, readOptions)[Symbol.asyncIterator]();
    for (;;) {
      const batch = await unlessUnavailable(() => batches.next());
      if (batch.done === true) return;
      yield batch.value;
    }
  }

  return withValidStreamIds({
    append: (streamId, events, { expectedVersion }) =>
      unlessUnavailable(() =>
        appendEvents({ executor, names, heads, send }, streamId, events, expectedVersion),
      ),
    readStream: (streamId, readOptions) =>
      unlessUnavailable(() => readStream(executor, names, heads, streamId, readOptions)),
    readStreamText: (streamId) => unlessUnavailable(() => readStreamText(executor, names, streamId)),
    readAll: readAllEvents,
    subscribe: (subscribeOptions) => {
      const subscription = pollingSubscription(source, subscribeOptions);
      open.add(subscription);
      return subscription;
    },
    tree: pgLogTree(executor, names),
    close: async () => {
      await Promise.all([...open].map((subscription) => subscription.close()));
    },
  });
};
