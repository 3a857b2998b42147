import type {
  RecordedEvent,
  SubscribeOptions,
  Subscription,
  SubscriptionMessage,
} from '@parcel-claims/eventsourcing';
import type { AppendSignal, Wait } from './append-signal.js';
import type { LogPage } from './log-page.js';

/** What a subscription needs of its store. */
export interface SubscriptionSource {
  /** The next page after a position, of streams starting with a prefix. */
  readonly readPage: (after: bigint, prefix: string) => Promise<LogPage>;
  readonly signal: AppendSignal;
  readonly pollIntervalMs: number;
  /** Told once when the subscription ends, so the store can forget it. */
  readonly onClose: (subscription: Subscription) => void;
}

const finished: IteratorResult<SubscriptionMessage, undefined> = { done: true, value: undefined };

/**
 * A subscription that is a cursor over the global log: read the page after the cursor, deliver
 * it, and when a read finds nothing, say caught-up once and wait for a notification or the next
 * poll. Catch-up and live are the same loop, so the switch between them can neither skip nor
 * repeat an event; the cursor only moves to positions a read has passed, and nothing commits
 * below a position a read has seen (docs/adr/0005-postgres-global-order.md).
 */
export const pollingSubscription = (
  source: SubscriptionSource,
  options: SubscribeOptions = {},
): Subscription => {
  const prefix = options.filter?.streamPrefix ?? '';
  const start = options.after ?? 0n;
  let cursor = start > 0n ? start : 0n;
  let buffer: RecordedEvent[] = [];
  let caughtUp = false;
  let closed = false;
  let waiting: Wait | undefined;
  let endClosed: () => void = () => undefined;
  const whenClosed = new Promise<typeof finished>((resolve) => {
    endClosed = () => resolve(finished);
  });
  source.signal.join();

  const step = async (): Promise<IteratorResult<SubscriptionMessage, undefined>> => {
    while (!closed) {
      const event = buffer.shift();
      if (event !== undefined) return { done: false, value: { kind: 'event', event } };
      const seen = source.signal.seen();
      const page = await source.readPage(cursor, prefix);
      if (closed) break;
      cursor = page.passed;
      buffer = [...page.events];
      if (buffer.length > 0) continue;
      if (!caughtUp) {
        caughtUp = true;
        return { done: false, value: { kind: 'caught-up', position: cursor } };
      }
      waiting = source.signal.wait(seen, source.pollIntervalMs);
      await waiting.done;
      waiting = undefined;
    }
    return finished;
  };

  // Reads are chained so that overlapping `next()` calls still get messages in order.
  let last: Promise<unknown> = Promise.resolve();
  const next = (): Promise<IteratorResult<SubscriptionMessage, undefined>> => {
    if (closed) return Promise.resolve(finished);
    const result = last.then(step, step);
    last = result;
    // A read blocked on the database still ends at once when the subscription is closed.
    return Promise.race([result, whenClosed]);
  };

  const subscription: Subscription = {
    close: async () => {
      if (closed) return;
      closed = true;
      buffer = [];
      waiting?.cancel();
      endClosed();
      source.onClose(subscription);
      await source.signal.leave();
    },
    [Symbol.asyncIterator]: () => ({
      next,
      return: async () => {
        await subscription.close();
        return finished;
      },
    }),
  };
  return subscription;
};
