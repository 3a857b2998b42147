import { type AllStreamSubscription, type ResolvedEvent, streamNameFilter } from '@eventstore/db-client';
import {
  StoreUnavailable,
  type SubscribeOptions,
  type Subscription,
  type SubscriptionMessage,
} from '@parcel-claims/eventsourcing';
import { failureKind } from '../client/failure-kind.js';
import { decodeEvent } from '../codec/decode-event.js';
import { type AdapterContext, belongsToLog } from './adapter-context.js';
import { acceptedStart, positionOf, serverPosition } from './log-position.js';
import { backoffDelay } from './retry-settings.js';

/** Queue lengths at which the server's stream is paused and resumed (backpressure). */
const highWater = 1024;
const lowWater = 256;

// System streams are left out on the server; the prefix is applied here, so that every event of
// the port's log passes the cursor and a caught-up position covers the events filtered out.
const noSystemStreams = streamNameFilter({ regex: '^[^$]' });

/**
 * `EventStore.subscribe` on EventStoreDB: a `subscribeToAll` that the adapter restarts from its
 * own cursor when it drops (server restart, network), with backoff, since the client does not
 * resubscribe by itself. The cursor is the position of the last event received, and start
 * positions are exclusive, so a resubscription neither skips nor repeats an event; events
 * received but not yet read stay queued across it. `caught-up` is sent once, after the events
 * that preceded the server's caught-up signal, with the cursor as its position.
 */
export const catchUpSubscription = (
  context: AdapterContext,
  options: SubscribeOptions = {},
): Subscription => {
  const prefix = options.filter?.streamPrefix ?? '';
  let cursor = options.after ?? 0n;
  // Until an event arrives, the cursor is the caller's position, which the server may refuse.
  let cursorIsRecord = cursor <= 0n;
  let caughtUpSent = false;
  let closed = false;
  let failure: Error | undefined;
  let current: AllStreamSubscription | undefined;
  let eventsBeforeCaughtUp: number | undefined;
  let attempts = 0;
  let timer: NodeJS.Timeout | undefined;
  const queue: SubscriptionMessage[] = [];
  let waiters: Array<() => void> = [];

  const wake = () => {
    const woken = waiters;
    waiters = [];
    for (const resume of woken) resume();
  };

  const push = (message: SubscriptionMessage) => {
    queue.push(message);
    if (queue.length >= highWater) current?.pause();
    wake();
  };

  const sendCaughtUp = () => {
    if (caughtUpSent) return;
    caughtUpSent = true;
    push({ kind: 'caught-up', position: cursor });
  };

  const detach = (subscription: AllStreamSubscription) => {
    subscription.removeAllListeners();
    // A late error of a subscription being dropped must not become an unhandled 'error'.
    subscription.on('error', () => undefined);
    subscription.unsubscribe().catch(() => undefined);
  };

  const fail = (error: Error) => {
    failure = error;
    closed = true;
    if (current !== undefined) detach(current);
    current = undefined;
    wake();
  };

  const received = (resolved: ResolvedEvent) => {
    const position = positionOf(resolved);
    const event = resolved.event;
    if (position !== undefined && event !== undefined && position > cursor) {
      cursor = position;
      cursorIsRecord = true;
      if (belongsToLog(context, event.streamId, event.type) && event.streamId.startsWith(prefix)) {
        try {
          push({ kind: 'event', event: decodeEvent(resolved).event });
        } catch (error) {
          fail(error instanceof Error ? error : new Error(String(error)));
          return;
        }
      }
    }
    if (eventsBeforeCaughtUp !== undefined) {
      eventsBeforeCaughtUp -= 1;
      if (eventsBeforeCaughtUp <= 0) {
        eventsBeforeCaughtUp = undefined;
        sendCaughtUp();
      }
    }
  };

  const dropped = (subscription: AllStreamSubscription | undefined, error: unknown) => {
    if (subscription !== current) return;
    if (subscription !== undefined) detach(subscription);
    current = undefined;
    eventsBeforeCaughtUp = undefined;
    if (closed) return;
    if (error !== undefined && failureKind(error) !== 'transient') {
      fail(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    attempts += 1;
    if (attempts > context.reconnect.attempts) {
      fail(new StoreUnavailable({ cause: error ?? new Error('The subscription ended') }));
      return;
    }
    timer = setTimeout(
      () => {
        timer = undefined;
        void connect();
      },
      backoffDelay(attempts, context.reconnect),
    );
  };

  const connect = async (): Promise<void> => {
    let start: Awaited<ReturnType<typeof acceptedStart>>;
    try {
      start = cursorIsRecord
        ? cursor > 0n
          ? serverPosition(cursor)
          : 'start'
        : await acceptedStart(context.client, cursor);
    } catch (error) {
      dropped(undefined, error);
      return;
    }
    if (closed) return;
    const subscription = context.client.subscribeToAll({ fromPosition: start, filter: noSystemStreams });
    current = subscription;
    subscription.on('confirmation', () => {
      attempts = 0;
    });
    subscription.on('data', received);
    subscription.on('caughtUp', () => {
      // Events the stream holds but has not emitted yet came before the signal.
      const pending = subscription.readableLength;
      if (pending === 0) sendCaughtUp();
      else eventsBeforeCaughtUp = pending;
    });
    subscription.on('error', (error) => dropped(subscription, error));
    subscription.on('end', () => dropped(subscription, undefined));
    subscription.on('close', () => dropped(subscription, undefined));
  };

  const close = async (): Promise<void> => {
    closed = true;
    queue.length = 0;
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    const subscription = current;
    current = undefined;
    if (subscription !== undefined) {
      subscription.removeAllListeners();
      subscription.on('error', () => undefined);
      await subscription.unsubscribe().catch(() => undefined);
    }
    wake();
  };

  const next = async (): Promise<IteratorResult<SubscriptionMessage, undefined>> => {
    for (;;) {
      const message = queue.shift();
      if (message !== undefined) {
        if (queue.length <= lowWater) current?.resume();
        return { done: false, value: message };
      }
      if (failure !== undefined) {
        const error = failure;
        failure = undefined;
        throw error;
      }
      if (closed) return { done: true, value: undefined };
      await new Promise<void>((resume) => {
        waiters.push(resume);
      });
    }
  };

  void connect();
  const iterator: AsyncIterator<SubscriptionMessage, undefined> = {
    next,
    return: async () => {
      await close();
      return { done: true, value: undefined };
    },
  };
  return { close, [Symbol.asyncIterator]: () => iterator };
};
