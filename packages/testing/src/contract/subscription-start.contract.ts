import { describe, expect } from 'vitest';
import { caughtUpProblems } from './caught-up-bounds.js';
import type { ContractContext } from './contract-fixture.js';
import { expectFence } from './fence.js';
import { ownLog } from './own-log.js';
import { subscriptionProbe } from './subscription-probe.js';

/** Where a subscription starts (exclusive positions, checkpoints) and which streams it delivers. */
export const subscriptionStartContract = ({ scope, test, options }: ContractContext): void => {
  const latency = options.subscriptionLatencyMs;
  const timeout = options.subscriptionTestTimeoutMs;

  describe('subscriptions: start and filter', () => {
    test(
      'after is exclusive: a subscription after a stored position starts with the next event',
      async () => {
        const context = scope();
        const { store, stream, event } = context;
        const parcel = stream('parcel');
        await store.append(parcel, [event(1), event(2), event(3)], { expectedVersion: 'no_stream' });
        const [first, second, third] = await store.readStream(parcel);
        const probe = subscriptionProbe(context, latency, { after: second?.position ?? 0n });
        expect(await probe.throughCaughtUp()).toEqual([third, 'caught-up']);
        await store.append(parcel, [event(4)], { expectedVersion: 2n });
        const [live] = await store.readStream(parcel, { from: 3n });
        expect(await probe.next()).toEqual(live);
        await expectFence(context, [probe], parcel, 5);
        const fromFirst = subscriptionProbe(context, latency, { after: first?.position ?? 0n });
        expect(await fromFirst.take(3)).toEqual([second, third, live]);
      },
      timeout,
    );

    test(
      'after the last position: caught-up comes first, then live events',
      async () => {
        const context = scope();
        const { store, stream, event } = context;
        const parcel = stream('parcel');
        const stored = await store.append(parcel, [event(1), event(2)], { expectedVersion: 'no_stream' });
        const probe = subscriptionProbe(context, latency, { after: stored.position });
        expect(await probe.next()).toEqual('caught-up');
        await store.append(parcel, [event(3)], { expectedVersion: 1n });
        const [live] = await store.readStream(parcel, { from: 2n });
        expect(await probe.next()).toEqual(live);
        await expectFence(context, [probe], parcel, 4);
        expect(
          caughtUpProblems(probe.caughtUpPositions(), {
            atLeast: stored.position,
            below: live?.position ?? 0n,
          }),
        ).toEqual([]);
      },
      timeout,
    );

    test(
      'streamPrefix delivers only streams whose id starts with it, in catch-up and live',
      async () => {
        const context = scope();
        const { store, stream, event } = context;
        const [account1, ledger, account2] = [stream('account-1'), stream('ledger-1'), stream('account-2')];
        await store.append(account1, [event(1), event(2)], { expectedVersion: 'no_stream' });
        await store.append(ledger, [event(3)], { expectedVersion: 'no_stream' });
        await store.append(account2, [event(4)], { expectedVersion: 'no_stream' });
        const lastPassed = await store.append(ledger, [event(5)], { expectedVersion: 0n });
        const accounts = (await ownLog(context)).filter((recorded) => recorded.streamId !== ledger);
        const probe = subscriptionProbe(context, latency, { filter: { streamPrefix: stream('account-') } });
        expect(await probe.throughCaughtUp()).toEqual([...accounts, 'caught-up']);
        await store.append(ledger, [event(6)], { expectedVersion: 1n });
        await store.append(account2, [event(7)], { expectedVersion: 0n });
        const [live] = await store.readStream(account2, { from: 1n });
        expect(await probe.next()).toEqual(live);
        await expectFence(context, [probe], account1, 8);
        // A checkpoint covers the filtered-out ledger event too, so a resume does not read it again.
        expect(
          caughtUpProblems(probe.caughtUpPositions(), {
            atLeast: lastPassed.position,
            below: live?.position ?? 0n,
          }),
        ).toEqual([]);
      },
      timeout,
    );

    test(
      'the caught-up position is a checkpoint: resuming after it delivers exactly what came next',
      async () => {
        const context = scope();
        const { store, stream, event } = context;
        const parcel = stream('parcel');
        await store.append(parcel, [event(1), event(2)], { expectedVersion: 'no_stream' });
        const first = subscriptionProbe(context, latency);
        await first.throughCaughtUp();
        const [checkpoint] = first.caughtUpPositions();
        await store.append(parcel, [event(3), event(4)], { expectedVersion: 1n });
        const next = await store.readStream(parcel, { from: 2n });
        const resumed = subscriptionProbe(context, latency, { after: checkpoint ?? 0n });
        expect(await resumed.throughCaughtUp()).toEqual([...next, 'caught-up']);
      },
      timeout,
    );
  });
};
