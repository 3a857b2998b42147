import type { RecordedEvent } from '../store/recorded-event.js';
import type { SubscribeOptions, Subscription, SubscriptionMessage } from '../store/subscription.js';
import type { AppendListeners } from './append-listeners.js';

export interface LogSource {
  /** The global log; the event at position p is at index p - 1 (positions are dense here). */
  readonly log: readonly RecordedEvent[];
  readonly listeners: AppendListeners;
}

/**
 * A subscription that is a cursor over the in-memory global log. Catch-up and live are the same
 * loop (read the next event after the cursor, else wait for an append), so the switch between
 * them can neither skip nor repeat an event.
 */
export const logSubscription = (source: LogSource, options: SubscribeOptions = {}): Subscription => {
  const prefix = options.filter?.streamPrefix ?? '';
  const start = options.after ?? 0n;
  let cursor = start > 0n ? start : 0n;
  let caughtUp = false;
  let closed = false;
  let sleepers: Array<() => void> = [];
  const wakeAll = () => {
    const woken = sleepers;
    sleepers = [];
    for (const wake of woken) wake();
  };
  const stopListening = source.listeners.add(wakeAll);

  const close = async (): Promise<void> => {
    closed = true;
    stopListening();
    wakeAll();
  };

  const next = async (): Promise<IteratorResult<SubscriptionMessage, undefined>> => {
    while (!closed) {
      for (let event = source.log[Number(cursor)]; event !== undefined; event = source.log[Number(cursor)]) {
        cursor = event.position;
        if (event.streamId.startsWith(prefix)) return { done: false, value: { kind: 'event', event } };
      }
      if (!caughtUp) {
        caughtUp = true;
        return { done: false, value: { kind: 'caught-up', position: cursor } };
      }
      // Nothing is awaited between finding the end of the log and registering here, so an
      // append cannot slip in unseen.
      await new Promise<void>((resolve) => {
        sleepers.push(resolve);
      });
    }
    return { done: true, value: undefined };
  };

  const iterator: AsyncIterator<SubscriptionMessage, undefined> = {
    next,
    return: async () => {
      await close();
      return { done: true, value: undefined };
    },
  };
  return { close, [Symbol.asyncIterator]: () => iterator };
};
