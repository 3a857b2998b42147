import { describe, expect, it } from 'vitest';
import { type CommandOutcome, eventIdFor, inMemoryEventStore } from '../../src/index.js';
import type { Account, AccountEvent, AccountRejection } from '../support/account.js';
import { accountHandler, close, deposit, open, request } from '../support/account-handler.js';
import { collectBatches } from '../support/collect.js';
import { interleavingStore } from '../support/interleaving-store.js';

type Outcome = CommandOutcome<AccountEvent, Account, AccountRejection>;

const appendedPart = (outcome: Outcome) =>
  outcome.kind === 'appended' || outcome.kind === 'already-applied'
    ? {
        events: outcome.events,
        eventIds: outcome.eventIds,
        nextExpectedRevision: outcome.nextExpectedRevision,
        position: outcome.position,
      }
    : outcome;

describe('commandHandler: a command already applied', () => {
  it('returns the original events, revision and position and appends nothing', async () => {
    const store = inMemoryEventStore();
    const { handle } = accountHandler(store);
    await handle(request(1, open()));
    await handle(request(2, deposit(40)));
    const first = await handle(request(3, close));
    await handle(request(4, open('Bob')));
    const before = await store.readStream('account-1');

    const again = await handle(request(3, close));

    expect(again).toEqual({
      kind: 'already-applied',
      events: [
        { type: 'Withdrawn', data: { amount: 40 } },
        { type: 'Closed', data: {} },
      ],
      eventIds: [eventIdFor('command-3', 0), eventIdFor('command-3', 1)],
      nextExpectedRevision: 3n,
      position: 4n,
      recorded: before.slice(2, 4),
      state: { status: 'closed', owner: 'Ada', balance: 0, overdraftLimit: 0 },
    });
    expect(appendedPart(again)).toEqual(appendedPart(first));
    expect(await store.readStream('account-1')).toEqual(before);
  });

  it('is recognised before deciding, which would now refuse the command', async () => {
    const store = inMemoryEventStore();
    const { handle } = accountHandler(store);
    await handle(request(1, open()));
    const again = await handle(request(1, open()));
    expect(again.kind).toBe('already-applied');
    expect(await handle(request(2, open()))).toMatchObject({
      kind: 'rejected',
      rejection: { type: 'AlreadyOpen' },
    });
  });

  it('recognises the same command landing between its read and its append', async () => {
    const inner = inMemoryEventStore();
    const { handle: setup } = accountHandler(inner);
    await setup(request(1, open()));
    await setup(request(2, deposit(100)));
    const { handle: rival } = accountHandler(inner);
    let rivalOutcome: Outcome | undefined;
    const { handle, sleeps } = accountHandler(
      interleavingStore(inner, async (call) => {
        if (call === 1) rivalOutcome = await rival(request(3, close));
      }),
    );

    const outcome = await handle(request(3, close));

    const stream = await inner.readStream('account-1');
    expect(outcome).toEqual({
      kind: 'already-applied',
      events: [
        { type: 'Withdrawn', data: { amount: 100 } },
        { type: 'Closed', data: {} },
      ],
      eventIds: [eventIdFor('command-3', 0), eventIdFor('command-3', 1)],
      nextExpectedRevision: 3n,
      position: 4n,
      recorded: stream.slice(2, 4),
      state: { status: 'closed', owner: 'Ada', balance: 0, overdraftLimit: 0 },
    });
    expect(rivalOutcome && appendedPart(rivalOutcome)).toEqual(appendedPart(outcome));
    expect((await collectBatches(inner.readAll())).flat()).toHaveLength(4);
    expect(sleeps).toEqual([]);
  });
});
