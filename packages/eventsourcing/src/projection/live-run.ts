import type { EventStore } from '../store/event-store.js';
import type { RecordedEvent } from '../store/recorded-event.js';
import type { BatchApplier } from './batch-applier.js';
import { batchedMessages } from './batched-messages.js';

/** What a live run reads from, applies with, and tells when caught up. */
export interface LiveRunOptions {
  readonly store: EventStore;
  readonly apply: BatchApplier;
  readonly after: bigint;
  readonly streamPrefix: string;
  readonly batchSize: number;
  readonly onCaughtUp: (checkpoint: bigint) => void;
}

/** A running subscription: `done` settles when it ends, rejecting with what stopped it. */
export interface LiveRun {
  readonly stop: () => Promise<void>;
  readonly done: Promise<void>;
  /** The checkpoint of the last batch applied. */
  readonly checkpoint: () => bigint;
}

/**
 * Subscribes after the checkpoint and applies what arrives in batches: first the stored events
 * (catch-up), then, after the `caught-up` message, each append as it comes. The subscription
 * delivers every event once and in order across the switch, so nothing is skipped or repeated.
 */
export const liveRun = (options: LiveRunOptions): LiveRun => {
  const subscription = options.store.subscribe({
    after: options.after,
    ...(options.streamPrefix === '' ? {} : { filter: { streamPrefix: options.streamPrefix } }),
  });
  let stopping = false;
  let checkpoint = options.after;

  const run = async (): Promise<void> => {
    for await (const chunk of batchedMessages(subscription, options.batchSize)) {
      if (stopping) break;
      const events: RecordedEvent[] = [];
      let caughtUp: bigint | undefined;
      for (const message of chunk) {
        if (message.kind === 'event') events.push(message.event);
        else caughtUp = message.position;
      }
      // The caught-up position may lie past the last event delivered (events filtered out).
      const through = caughtUp ?? events[events.length - 1]?.position;
      if (through === undefined) continue;
      await options.apply(events, through);
      if (through > checkpoint) checkpoint = through;
      if (caughtUp !== undefined) options.onCaughtUp(checkpoint);
    }
  };

  return {
    done: run(),
    stop: async () => {
      stopping = true;
      await subscription.close();
    },
    checkpoint: () => checkpoint,
  };
};
