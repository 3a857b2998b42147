import { setImmediate } from 'node:timers/promises';
import {
  type AppendOptions,
  type EventStore,
  type EventToAppend,
  StoreUnavailable,
  VersionConflict,
} from '@parcel-claims/eventsourcing';
import type { ReadonlyNonEmptyArray } from 'fp-ts/lib/ReadonlyNonEmptyArray.js';

/**
 * What happens to one append:
 * - `pass`: it runs as usual;
 * - `lose-response`: it runs and commits, then the caller gets `StoreUnavailable` instead of the
 *   result, as when a connection drops after the commit;
 * - `fail-before`: the caller gets `StoreUnavailable` and nothing is written.
 */
export type AppendFault = 'pass' | 'lose-response' | 'fail-before';

/** One append as the decorator saw it, numbered from 1 in call order. */
export interface AppendCall {
  readonly number: number;
  readonly streamId: string;
  readonly events: ReadonlyNonEmptyArray<EventToAppend>;
  readonly options: AppendOptions;
}

/** What a {@link faultyStore} counted. */
export interface FaultCounts {
  readonly appends: number;
  readonly lostResponses: number;
  readonly failedBefore: number;
  /** Appends the store refused with `VersionConflict`. */
  readonly conflicts: number;
}

/** A store with faults injected into its appends, and what it counted. */
export interface FaultyStore {
  readonly store: EventStore;
  /** How many faults of each kind were injected so far. */
  readonly counts: () => FaultCounts;
  /** The command ids (of the first event) of the appends that ran and then lost their response. */
  readonly lostResponseCommandIds: () => ReadonlySet<string>;
}

/**
 * Decorates an `EventStore` so that `plan` decides, append by append, whether the call passes,
 * commits and then loses its response, or fails before writing anything; reads and subscriptions
 * pass through. The error a caller sees is `StoreUnavailable`, as the port promises for a store
 * that cannot be reached. It also counts the appends the store refused with `VersionConflict`.
 *
 * @example
 * // Every first append of a stream commits, then reports a lost connection.
 * const seen = new Set<string>();
 * const { store } = faultyStore(inner, ({ streamId }) =>
 *   seen.has(streamId) ? 'pass' : (seen.add(streamId), 'lose-response'),
 * );
 */
export const faultyStore = (inner: EventStore, plan: (call: AppendCall) => AppendFault): FaultyStore => {
  let appends = 0;
  let lostResponses = 0;
  let failedBefore = 0;
  let conflicts = 0;
  const lostCommandIds = new Set<string>();
  const store: EventStore = {
    readStream: (streamId, options) => inner.readStream(streamId, options),
    readAll: (options) => inner.readAll(options),
    subscribe: (options) => inner.subscribe(options),
    append: async (streamId, events, options) => {
      appends += 1;
      const fault = plan({ number: appends, streamId, events, options });
      if (fault === 'fail-before') {
        failedBefore += 1;
        throw new StoreUnavailable({ cause: new Error(`injected: append ${appends} failed before writing`) });
      }
      try {
        const result = await inner.append(streamId, events, options);
        if (fault === 'pass') return result;
      } catch (error) {
        if (error instanceof VersionConflict) conflicts += 1;
        throw error;
      }
      lostResponses += 1;
      lostCommandIds.add(events[0].metadata.commandId);
      throw new StoreUnavailable({
        cause: new Error(`injected: the response to append ${appends} was lost`),
      });
    },
  };
  return {
    store,
    counts: () => ({ appends, lostResponses, failedBefore, conflicts }),
    lostResponseCommandIds: () => lostCommandIds,
  };
};

/**
 * Decorates an `EventStore` so that every stream read and append first waits for a turn of the
 * event loop, as a call across a network does: concurrent writers on an in-memory store then
 * interleave between their read and their append, as they would on a database.
 */
export const yieldingStore = (inner: EventStore): EventStore => ({
  readStream: async (streamId, options) => {
    await setImmediate();
    return inner.readStream(streamId, options);
  },
  readAll: (options) => inner.readAll(options),
  subscribe: (options) => inner.subscribe(options),
  append: async (streamId, events, options) => {
    await setImmediate();
    return inner.append(streamId, events, options);
  },
});
