import type { RecordedEvent } from './recorded-event.js';

/** Where a subscription starts and which events it delivers. */
export interface SubscribeOptions {
  /** Exclusive start position: the first event delivered is the first one after it. */
  readonly after?: bigint;
  readonly filter?: {
    /** Only events of streams whose id starts with this. */
    readonly streamPrefix?: string;
  };
}

/**
 * What a subscription yields: events in global order, and once, when it has delivered every
 * event that existed when it reached the end of the log, a `caught-up` message. `position` is
 * the last global position the subscription has passed (delivered or filtered out), or the start
 * position if it passed none: a checkpoint to resume from.
 */
export type SubscriptionMessage =
  | { readonly kind: 'event'; readonly event: RecordedEvent }
  | { readonly kind: 'caught-up'; readonly position: bigint };

/**
 * A catch-up subscription to the global log: it reads what is stored after the start position,
 * signals `caught-up`, then delivers new events as they are appended. Every matching event is
 * delivered exactly once, in global order. Iterate it once; `close()` (or leaving a
 * `for await` loop) ends the iteration.
 *
 * @example
 * const subscription = store.subscribe({ after: checkpoint });
 * for await (const message of subscription) {
 *   if (message.kind === 'event') await project(message.event);
 *   else markLive(message.position);
 * }
 */
export interface Subscription extends AsyncIterable<SubscriptionMessage> {
  /** Stops the subscription; resolves once no more events are delivered. */
  readonly close: () => Promise<void>;
}
