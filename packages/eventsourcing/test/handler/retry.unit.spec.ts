import { describe, expect, it } from 'vitest';
import { eventIdFor, inMemoryEventStore, RetriesExhausted, VersionConflict } from '../../src/index.js';
import { accountHandler, deposit, open, request, withdraw } from '../support/account-handler.js';
import { interleavingStore } from '../support/interleaving-store.js';

/** An account opened with 100 on a plain store, and a second handler writing to that store. */
const fundedAccount = async () => {
  const inner = inMemoryEventStore();
  const { handle: rival } = accountHandler(inner);
  await rival(request(1, open()));
  await rival(request(2, deposit(100)));
  return { inner, rival };
};

describe('commandHandler: version conflicts', () => {
  it('reloads and decides again after a concurrent write, then appends', async () => {
    const { inner, rival } = await fundedAccount();
    const { handle, sleeps } = accountHandler(
      interleavingStore(inner, async (call) => {
        if (call === 1) await rival(request(90, deposit(50)));
      }),
    );

    expect(await handle(request(3, withdraw(80)))).toEqual({
      kind: 'appended',
      events: [{ type: 'Withdrawn', data: { amount: 80 } }],
      eventIds: [eventIdFor('command-3', 0)],
      nextExpectedRevision: 3n,
      position: 4n,
      state: { status: 'open', owner: 'Ada', balance: 70, overdraftLimit: 0 },
    });
    expect(sleeps).toEqual([10]);
    const stream = await inner.readStream('account-1');
    expect(stream.map((event) => [event.type, event.data, event.metadata.commandId])).toEqual([
      ['Opened', { owner: 'Ada', overdraftLimit: 0 }, 'command-1'],
      ['Deposited', { amount: 100, currency: 'EUR' }, 'command-2'],
      ['Deposited', { amount: 50, currency: 'EUR' }, 'command-90'],
      ['Withdrawn', { amount: 80 }, 'command-3'],
    ]);
  });

  it('decides against the new state, which may now reject the command', async () => {
    const { inner, rival } = await fundedAccount();
    const { handle } = accountHandler(
      interleavingStore(inner, async (call) => {
        if (call === 1) await rival(request(90, withdraw(90)));
      }),
    );
    expect(await handle(request(3, withdraw(80)))).toEqual({
      kind: 'rejected',
      rejection: { type: 'InsufficientFunds', balance: 10, requested: 80 },
      state: { status: 'open', owner: 'Ada', balance: 10, overdraftLimit: 0 },
    });
    expect(await inner.readStream('account-1')).toHaveLength(3);
  });

  it('gives up with RetriesExhausted after maxRetries, having written nothing of its own', async () => {
    const { inner, rival } = await fundedAccount();
    const { handle, sleeps } = accountHandler(
      interleavingStore(inner, async (call) => {
        await rival(request(90 + call, deposit(1)));
      }),
      { maxRetries: 2 },
    );

    const outcome = handle(request(3, withdraw(80)));

    const lastConflict = new VersionConflict({ streamId: 'account-1', expected: 3n, actual: 4n });
    await expect(outcome).rejects.toEqual(
      new RetriesExhausted({ streamId: 'account-1', commandId: 'command-3', attempts: 3, lastConflict }),
    );
    await expect(outcome).rejects.toThrow(
      'Command command-3 on stream "account-1" gave up after 3 attempts: ' +
        'Version conflict on stream "account-1": expected revision 3, actual revision 4',
    );
    expect(sleeps).toEqual([10, 20]);
    const stream = await inner.readStream('account-1');
    expect(stream.map((event) => event.metadata.commandId)).toEqual([
      'command-1',
      'command-2',
      'command-91',
      'command-92',
      'command-93',
    ]);
  });

  it('retries 5 times by default', async () => {
    const { inner, rival } = await fundedAccount();
    const { handle, sleeps } = accountHandler(
      interleavingStore(inner, async (call) => {
        await rival(request(90 + call, deposit(1)));
      }),
    );
    await expect(handle(request(3, withdraw(80)))).rejects.toMatchObject({
      name: 'RetriesExhausted',
      attempts: 6,
    });
    expect(sleeps).toEqual([10, 20, 30, 40, 50]);
  });

  it('lets concurrent handlers of different commands all succeed', async () => {
    const { inner } = await fundedAccount();
    const handlers = [1, 2, 3, 4].map(() => accountHandler(inner).handle);
    const outcomes = await Promise.all(handlers.map((handle, i) => handle(request(10 + i, deposit(i + 1)))));
    expect(outcomes.map((outcome) => outcome.kind)).toEqual(['appended', 'appended', 'appended', 'appended']);
    const stream = await inner.readStream('account-1');
    expect(
      stream
        .slice(2)
        .map((event) => event.metadata.commandId)
        .sort(),
    ).toEqual(['command-10', 'command-11', 'command-12', 'command-13']);
  });
});
