import { setImmediate } from 'node:timers/promises';
import { describe, expect } from 'vitest';
import { caughtUpProblems } from './caught-up-bounds.js';
import type { ContractContext } from './contract-fixture.js';
import type { ContractScope } from './contract-scope.js';
import { expectFence } from './fence.js';
import { ownLog } from './own-log.js';
import { eventsOf, subscriptionProbe } from './subscription-probe.js';

/**
 * Appends `count` events numbered from `first` to a new stream, one append at a time at the
 * exact revision, letting other tasks run between appends so that readers interleave with it.
 */
const writeOneByOne = async (
  { store, event }: ContractScope,
  streamId: string,
  first: number,
  count: number,
) => {
  for (let index = 0; index < count; index += 1) {
    await store.append(streamId, [event(first + index)], {
      expectedVersion: index === 0 ? 'no_stream' : BigInt(index - 1),
    });
    await setImmediate();
  }
};

/** Catch-up, the caught-up signal and live delivery: each event once, in global order. */
export const subscriptionDeliveryContract = ({ scope, test, options }: ContractContext): void => {
  const latency = options.subscriptionLatencyMs;
  const timeout = options.subscriptionTestTimeoutMs;

  describe('subscriptions: delivery', () => {
    test(
      'catch up on stored events, signal caught-up, then deliver live events',
      async () => {
        const context = scope();
        const { store, stream, event } = context;
        const [parcel, ledger] = [stream('parcel'), stream('ledger')];
        await store.append(parcel, [event(1), event(2)], { expectedVersion: 'no_stream' });
        await store.append(ledger, [event(3)], { expectedVersion: 'no_stream' });
        const stored = await ownLog(context);
        const probe = subscriptionProbe(context, latency);
        expect(await probe.throughCaughtUp()).toEqual([...stored, 'caught-up']);
        await store.append(parcel, [event(4)], { expectedVersion: 1n });
        await store.append(ledger, [event(5)], { expectedVersion: 0n });
        const live = (await ownLog(context)).slice(stored.length);
        expect(await probe.take(2)).toEqual(live);
        await expectFence(context, [probe], parcel, 6);
        expect(
          caughtUpProblems(probe.caughtUpPositions(), {
            atLeast: stored[stored.length - 1]?.position ?? 0n,
            below: live[0]?.position ?? 0n,
          }),
        ).toEqual([]);
      },
      timeout,
    );

    test(
      'deliver every event exactly once, in global order, while several writers append during catch-up',
      async () => {
        const context = scope();
        const seeded = context.stream('seeded');
        for (let batch = 0; batch < 4; batch += 1) {
          await context.store.append(seeded, context.events(1 + batch * 10, 10), {
            expectedVersion: batch === 0 ? 'no_stream' : BigInt(batch * 10 - 1),
          });
        }
        const writers = ['writer-1', 'writer-2', 'writer-3'].map(context.stream);
        const perWriter = 15;
        const total = 40 + writers.length * perWriter;
        const probes = [subscriptionProbe(context, latency), subscriptionProbe(context, latency)];
        const [seen] = await Promise.all([
          Promise.all(probes.map((probe) => probe.untilSeen(total))),
          Promise.all(
            writers.map((writer, index) => writeOneByOne(context, writer, 100 * (index + 1), perWriter)),
          ),
        ]);
        const log = await ownLog(context);
        expect(log).toHaveLength(total);
        for (const messages of seen) {
          expect(eventsOf(messages)).toEqual(log);
          expect(messages.filter((entry) => entry === 'caught-up')).toEqual(['caught-up']);
          // The 40 events stored before subscribing come before caught-up.
          expect(messages.indexOf('caught-up')).toBeGreaterThanOrEqual(40);
        }
        await expectFence(context, probes, seeded, 999);
      },
      timeout,
    );

    test(
      'two subscribers see the same sequence, one from before the first append and one from the middle',
      async () => {
        const context = scope();
        const [parcel, ledger] = [context.stream('parcel'), context.stream('ledger')];
        const early = subscriptionProbe(context, latency);
        expect(await early.throughCaughtUp()).toEqual(['caught-up']);
        await writeOneByOne(context, parcel, 1, 5);
        const late = subscriptionProbe(context, latency);
        await Promise.all([
          writeOneByOne(context, ledger, 11, 5),
          writeOneByOne(context, context.stream('third'), 21, 5),
        ]);
        const log = await ownLog(context);
        const [fromEarly, fromLate] = await Promise.all([early.take(15), late.untilSeen(15)]);
        expect(fromEarly).toEqual(log);
        expect(eventsOf(fromLate)).toEqual(log);
        await expectFence(context, [early, late], parcel, 99);
      },
      timeout,
    );
  });
};
