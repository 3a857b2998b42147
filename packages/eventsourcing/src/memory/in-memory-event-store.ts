import * as E from 'fp-ts/lib/Either.js';
import { chainEvents, recordedAt } from '../hash/chain-events.js';
import { memoryLogTree } from '../log-tree/memory-log-tree.js';
import { checkAppend } from '../store/append-check.js';
import type { EventStore, ReadAllOptions, ReadStreamOptions } from '../store/event-store.js';
import type { StreamVersion } from '../store/expected-version.js';
import type { RecordedEvent } from '../store/recorded-event.js';
import { withValidStreamIds } from '../store/stream-id.js';
import { appendListeners } from './append-listeners.js';
import { deepFreeze } from './deep-freeze.js';
import { logSubscription } from './log-subscription.js';
import { readStreamSlice } from './read-stream-slice.js';

const defaultBatchSize = 512;

/**
 * An {@link EventStore} in memory, for tests, property tests and demos. Streams are indexed by
 * id and event ids by id, so an append or a stream read costs the same however many events the
 * store holds. Positions are 1, 2, 3, … Recorded events are deeply frozen. The log's Merkle tree
 * grows in each append (see {@link LogTree}).
 *
 * @example
 * const store = inMemoryEventStore();
 * await store.append('account-1', [event], { expectedVersion: 'no_stream' });
 * const history = await store.readStream('account-1');
 */
export const inMemoryEventStore = (): EventStore => {
  const streams = new Map<string, RecordedEvent[]>();
  const log: RecordedEvent[] = [];
  const eventIds = new Map<string, RecordedEvent>();
  const listeners = appendListeners();
  const tree = memoryLogTree();

  const append: EventStore['append'] = async (streamId, events, { expectedVersion }) => {
    const stream = streams.get(streamId) ?? [];
    const last = stream[stream.length - 1];
    const current: StreamVersion = last === undefined ? 'no_stream' : last.revision;
    const check = checkAppend({
      streamId,
      current,
      expected: expectedVersion,
      eventIds: events.map((event) => event.eventId),
      locate: (eventId) => eventIds.get(eventId),
    });
    if (check.kind === 'refused') throw check.error;
    if (check.kind === 'already-applied') {
      return {
        nextExpectedRevision: check.last.revision,
        position: check.last.position,
        alreadyApplied: true,
      };
    }
    const sealed = chainEvents({
      streamId,
      nextRevision: last === undefined ? 0n : last.revision + 1n,
      previousHash: last?.metadata.hash ?? null,
      events,
    });
    if (E.isLeft(sealed)) throw sealed.left;
    const appended: RecordedEvent[] = [];
    for (const event of sealed.right) {
      const recorded = deepFreeze(recordedAt(event, BigInt(log.length + 1)));
      log.push(recorded);
      stream.push(recorded);
      eventIds.set(recorded.eventId, recorded);
      appended.push(recorded);
    }
    tree.grow(appended);
    streams.set(streamId, stream);
    listeners.notify();
    return {
      nextExpectedRevision: BigInt(stream.length - 1),
      position: BigInt(log.length),
      alreadyApplied: false,
    };
  };

  const readStream = async (streamId: string, options: ReadStreamOptions = {}) =>
    readStreamSlice(streams.get(streamId) ?? [], options);

  async function* readAll(options: ReadAllOptions = {}): AsyncGenerator<readonly RecordedEvent[]> {
    const size = Math.max(1, Math.floor(options.batchSize ?? defaultBatchSize));
    const after = options.after ?? 0n;
    let next = after > 0n ? Number(after) : 0;
    for (let batch = log.slice(next, next + size); batch.length > 0; batch = log.slice(next, next + size)) {
      next += batch.length;
      yield batch;
    }
  }

  return withValidStreamIds({
    append,
    readStream,
    readAll,
    subscribe: (options) => logSubscription({ log, listeners }, options),
    tree: tree.tree,
  });
};
