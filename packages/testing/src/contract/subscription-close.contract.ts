import type { SubscriptionMessage } from '@parcel-claims/eventsourcing';
import { describe, expect } from 'vitest';
import type { ContractContext } from './contract-fixture.js';
import { ownLog } from './own-log.js';
import { subscriptionProbe } from './subscription-probe.js';
import { within } from './within.js';

/** Ending a subscription: `close()` and leaving a `for await` loop. */
export const subscriptionCloseContract = ({ scope, test, options }: ContractContext): void => {
  const latency = options.subscriptionLatencyMs;
  const timeout = options.subscriptionTestTimeoutMs;

  describe('subscriptions: ending', () => {
    test(
      'close() ends a pending read and every later one',
      async () => {
        const context = scope();
        const { store, stream, event } = context;
        const parcel = stream('parcel');
        await store.append(parcel, [event(1)], { expectedVersion: 'no_stream' });
        const subscription = context.subscribe({ filter: { streamPrefix: context.prefix } });
        const iterator = subscription[Symbol.asyncIterator]();
        const [stored] = await ownLog(context);
        expect(await within(iterator.next(), latency, 'catch-up')).toEqual({
          done: false,
          value: { kind: 'event', event: stored },
        });
        expect((await within(iterator.next(), latency, 'caught-up')).value).toMatchObject({
          kind: 'caught-up',
        });
        const pending = iterator.next();
        await subscription.close();
        expect(await within(pending, latency, 'the pending read after close')).toEqual({
          done: true,
          value: undefined,
        });
        await store.append(parcel, [event(2)], { expectedVersion: 0n });
        expect(await within(iterator.next(), latency, 'a read after close')).toEqual({
          done: true,
          value: undefined,
        });
      },
      timeout,
    );

    test(
      'leaving a for-await loop ends the subscription',
      async () => {
        const context = scope();
        const { store, stream, event } = context;
        const parcel = stream('parcel');
        await store.append(parcel, [event(1), event(2)], { expectedVersion: 'no_stream' });
        const stored = await ownLog(context);
        const iterator = context
          .subscribe({ filter: { streamPrefix: context.prefix } })
          [Symbol.asyncIterator]();
        const seen: SubscriptionMessage['kind'][] = [];
        for await (const message of { [Symbol.asyncIterator]: () => iterator }) {
          seen.push(message.kind);
          if (message.kind === 'caught-up') break;
        }
        expect(seen).toEqual([...stored.map(() => 'event'), 'caught-up']);
        await store.append(parcel, [event(3)], { expectedVersion: 1n });
        expect(await within(iterator.next(), latency, 'a read after leaving the loop')).toEqual({
          done: true,
          value: undefined,
        });
        // A second probe shows the store itself still delivers: only the left subscription ended.
        expect(await subscriptionProbe(context, latency).take(3)).toEqual(await ownLog(context));
      },
      timeout,
    );
  });
};
