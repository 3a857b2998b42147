import type { RecordedEvent, SubscribeOptions, SubscriptionMessage } from '@parcel-claims/eventsourcing';
import type { ContractScope } from './contract-scope.js';
import { within } from './within.js';

/** A subscription message as the tests compare it: the recorded event itself, or `'caught-up'`. */
export type Seen = RecordedEvent | 'caught-up';

/** Reads a subscription message by message, each read bounded by the store's latency. */
export interface SubscriptionProbe {
  /** The next message of this test; fails if the subscription ended or nothing came in time. */
  readonly next: () => Promise<Seen>;
  /** The next `count` messages. */
  readonly take: (count: number) => Promise<readonly Seen[]>;
  /** Messages up to and including the next caught-up. */
  readonly throughCaughtUp: () => Promise<readonly Seen[]>;
  /** Messages until `events` events and a caught-up have been read in all. */
  readonly untilSeen: (events: number) => Promise<readonly Seen[]>;
  /** The raw next read, to see whether the iteration has ended. */
  readonly read: () => Promise<IteratorResult<SubscriptionMessage, unknown>>;
  /** The position each caught-up message read so far carried. */
  readonly caughtUpPositions: () => readonly bigint[];
}

/**
 * Subscribes in `scope` and reads the subscription, skipping the events of other tests' streams
 * (a shared store delivers them too). Nothing else may iterate the subscription.
 */
export const subscriptionProbe = (
  scope: ContractScope,
  latencyMs: number,
  options: SubscribeOptions = {},
): SubscriptionProbe => {
  const iterator = scope.subscribe(options)[Symbol.asyncIterator]();
  const caughtUp: bigint[] = [];
  const read = () => within(iterator.next(), latencyMs, 'Waiting for a subscription message');
  const next = async (): Promise<Seen> => {
    for (;;) {
      const result = await read();
      if (result.done === true) throw new Error('The subscription ended while a message was expected');
      const message = result.value;
      if (message.kind === 'caught-up') {
        caughtUp.push(message.position);
        return 'caught-up';
      }
      if (message.event.streamId.startsWith(scope.prefix)) return message.event;
    }
  };
  const readWhile = async (more: (seen: readonly Seen[]) => boolean): Promise<readonly Seen[]> => {
    const seen: Seen[] = [];
    while (more(seen)) seen.push(await next());
    return seen;
  };
  return {
    next,
    take: (count) => readWhile((seen) => seen.length < count),
    throughCaughtUp: () => readWhile((seen) => seen[seen.length - 1] !== 'caught-up'),
    untilSeen: (events) =>
      readWhile(
        (seen) =>
          !seen.includes('caught-up') || seen.filter((entry) => entry !== 'caught-up').length < events,
      ),
    read,
    caughtUpPositions: () => [...caughtUp],
  };
};

/** Just the events of what a probe saw, in order. */
export const eventsOf = (seen: readonly Seen[]): readonly RecordedEvent[] =>
  seen.flatMap((entry) => (entry === 'caught-up' ? [] : [entry]));
