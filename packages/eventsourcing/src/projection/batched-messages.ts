import type { Subscription, SubscriptionMessage } from '../store/subscription.js';

/**
 * A subscription's messages in chunks of up to `maxEvents` events, so that a projection applies
 * what has arrived in one batch instead of one write per event. A reader keeps pulling messages
 * while the projection applies the previous chunk, and pauses once `maxEvents` events wait. A
 * chunk ends right after a `caught-up` message, so the catch-up is noticed as soon as the events
 * before it are applied. Ending the iteration closes the subscription; messages still buffered
 * are dropped (they are read again from the checkpoint next time).
 */
export const batchedMessages = (
  subscription: Subscription,
  maxEvents: number,
): AsyncIterable<readonly SubscriptionMessage[]> => ({
  [Symbol.asyncIterator]: () => {
    const source = subscription[Symbol.asyncIterator]();
    const buffer: SubscriptionMessage[] = [];
    let bufferedEvents = 0;
    let sourceEnded = false;
    let closed = false;
    let failure: { readonly error: unknown } | undefined;
    let wakeConsumer = (): void => {};
    let wakeReader = (): void => {};
    let reading: Promise<void> | undefined;

    const read = async (): Promise<void> => {
      try {
        while (!closed) {
          if (bufferedEvents >= maxEvents) {
            await new Promise<void>((resolve) => {
              wakeReader = resolve;
            });
            continue;
          }
          const next = await source.next();
          if (next.done === true) break;
          buffer.push(next.value);
          if (next.value.kind === 'event') bufferedEvents += 1;
          wakeConsumer();
        }
      } catch (error) {
        failure = { error };
      } finally {
        sourceEnded = true;
        wakeConsumer();
      }
    };

    const take = (): readonly SubscriptionMessage[] => {
      const chunk: SubscriptionMessage[] = [];
      let events = 0;
      for (let message = buffer.shift(); message !== undefined; message = buffer.shift()) {
        chunk.push(message);
        if (message.kind === 'caught-up') break;
        events += 1;
        if (events >= maxEvents) break;
      }
      bufferedEvents -= events;
      wakeReader();
      return chunk;
    };

    const close = async (): Promise<IteratorResult<readonly SubscriptionMessage[], undefined>> => {
      closed = true;
      wakeReader();
      wakeConsumer();
      await subscription.close();
      // The reader ends once the closed subscription answers its pending read.
      await reading;
      return { done: true, value: undefined };
    };

    return {
      next: async () => {
        reading ??= read();
        // Nothing is awaited between finding the buffer empty and registering to be woken, so
        // a message cannot arrive unseen.
        while (!closed && buffer.length === 0 && !sourceEnded) {
          await new Promise<void>((resolve) => {
            wakeConsumer = resolve;
          });
        }
        if (closed) return { done: true, value: undefined };
        if (buffer.length > 0) return { done: false, value: take() };
        if (failure !== undefined) throw failure.error;
        return { done: true, value: undefined };
      },
      return: close,
    };
  },
});
