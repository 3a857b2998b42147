import { describe, expect, it } from 'vitest';
import { streamStateCache } from '../../src/handler/stream-state-cache.js';
import { type EventStore, eventIdFor, inMemoryEventStore, type ReadStreamOptions } from '../../src/index.js';
import { accountHandler, deposit, open, request, withdraw } from '../support/account-handler.js';
import { interleavingStore } from '../support/interleaving-store.js';

/** A store that logs every read (`read whole` or `read from N`) and every append (`append at V`). */
const callRecordingStore = (inner: EventStore) => {
  const calls: string[] = [];
  const store: EventStore = {
    ...inner,
    readStream: async (streamId: string, options?: ReadStreamOptions) => {
      calls.push(options?.from === undefined ? 'read whole' : `read from ${options.from}`);
      return inner.readStream(streamId, options);
    },
    append: async (streamId, events, options) => {
      calls.push(`append at ${options.expectedVersion}`);
      return inner.append(streamId, events, options);
    },
  };
  return { store, calls };
};

/**
 * A handler on a logging store that has opened account-1 (so remembers it), and a rival handler
 * writing to the same store directly, unlogged.
 */
const openedWithRival = async () => {
  const inner = inMemoryEventStore();
  const { store, calls } = callRecordingStore(inner);
  const { handle, sleeps } = accountHandler(store);
  const { handle: rival } = accountHandler(inner);
  await handle(request(1, open()));
  return { inner, calls, handle, sleeps, rival };
};

describe('commandHandler: the folded state of recently used streams', () => {
  it('decides on the remembered state and appends at its revision without reading again', async () => {
    const { store, calls } = callRecordingStore(inMemoryEventStore());
    const { handle } = accountHandler(store);
    await handle(request(1, open()));
    await handle(request(2, deposit(100)));
    const third = await handle(request(3, withdraw(30)));
    expect(third).toEqual({
      kind: 'appended',
      events: [{ type: 'Withdrawn', data: { amount: 30 } }],
      eventIds: [eventIdFor('command-3', 0)],
      nextExpectedRevision: 2n,
      position: 3n,
      state: { status: 'open', owner: 'Ada', balance: 70, overdraftLimit: 0 },
    });
    expect(calls).toEqual(['read whole', 'append at no_stream', 'append at 0', 'append at 1']);
  });

  it('decides again on the whole stream when another writer appended first', async () => {
    const { calls, handle, sleeps, rival } = await openedWithRival();
    await rival(request(2, deposit(100)));
    expect(await handle(request(3, deposit(10)))).toEqual({
      kind: 'appended',
      events: [{ type: 'Deposited', data: { amount: 10, currency: 'EUR' } }],
      eventIds: [eventIdFor('command-3', 0)],
      nextExpectedRevision: 2n,
      position: 3n,
      state: { status: 'open', owner: 'Ada', balance: 110, overdraftLimit: 0 },
    });
    // The append at the remembered revision 0 was refused; no retry delay, the command was
    // decided again at once on the stream as it is.
    expect(calls).toEqual(['read whole', 'append at no_stream', 'append at 0', 'read whole', 'append at 1']);
    expect(sleeps).toEqual([]);
  });

  it('answers a rejection only after reading what was recorded since, so it is never stale', async () => {
    const { calls, handle, rival } = await openedWithRival();
    await rival(request(2, deposit(100)));
    await rival(request(3, withdraw(60)));
    // Refused on the remembered state (balance 0) too, but answered only once the stream is
    // read: the rejection names the balance the stream has now.
    expect(await handle(request(4, withdraw(50)))).toEqual({
      kind: 'rejected',
      rejection: { type: 'InsufficientFunds', balance: 40, requested: 50 },
      state: { status: 'open', owner: 'Ada', balance: 40, overdraftLimit: 0 },
    });
    expect(await handle(request(5, withdraw(40)))).toEqual({
      kind: 'appended',
      events: [{ type: 'Withdrawn', data: { amount: 40 } }],
      eventIds: [eventIdFor('command-5', 0)],
      nextExpectedRevision: 3n,
      position: 4n,
      state: { status: 'open', owner: 'Ada', balance: 0, overdraftLimit: 0 },
    });
    expect(calls).toEqual(['read whole', 'append at no_stream', 'read from 1', 'append at 2']);
  });

  it('answers a repeated command from the whole stream, with the original events', async () => {
    const { store, calls } = callRecordingStore(inMemoryEventStore());
    const { handle } = accountHandler(store);
    await handle(request(1, open()));
    await handle(request(2, deposit(100)));
    await handle(request(3, deposit(5)));
    const again = await handle(request(2, deposit(100)));
    expect(calls).toEqual([
      'read whole',
      'append at no_stream',
      'append at 0',
      'append at 1',
      'read from 3',
      'read whole',
    ]);
    expect(again).toEqual({
      kind: 'already-applied',
      events: [{ type: 'Deposited', data: { amount: 100, currency: 'EUR' } }],
      eventIds: [eventIdFor('command-2', 0)],
      nextExpectedRevision: 1n,
      position: 2n,
      recorded: (await store.readStream('account-1')).slice(1, 2),
      state: { status: 'open', owner: 'Ada', balance: 105, overdraftLimit: 0 },
    });
  });

  it('sees a repeated command that another writer recorded since', async () => {
    const { inner, calls, handle, rival } = await openedWithRival();
    await rival(request(2, deposit(100)));
    const again = await handle(request(2, deposit(100)));
    // The rival recorded the very events this command decides at revision 0: the store says so.
    expect(calls).toEqual(['read whole', 'append at no_stream', 'append at 0', 'read from 1']);
    expect(again).toEqual({
      kind: 'already-applied',
      events: [{ type: 'Deposited', data: { amount: 100, currency: 'EUR' } }],
      eventIds: [eventIdFor('command-2', 0)],
      nextExpectedRevision: 1n,
      position: 2n,
      recorded: (await inner.readStream('account-1')).slice(1, 2),
      state: { status: 'open', owner: 'Ada', balance: 100, overdraftLimit: 0 },
    });
  });

  it('sees a repeated command recorded since behind other events, from the whole stream', async () => {
    const { inner, calls, handle, rival } = await openedWithRival();
    await rival(request(3, deposit(7)));
    await rival(request(2, deposit(100)));
    const again = await handle(request(2, deposit(100)));
    expect(calls).toEqual(['read whole', 'append at no_stream', 'append at 0', 'read whole']);
    expect(again).toEqual({
      kind: 'already-applied',
      events: [{ type: 'Deposited', data: { amount: 100, currency: 'EUR' } }],
      eventIds: [eventIdFor('command-2', 0)],
      nextExpectedRevision: 2n,
      position: 3n,
      recorded: (await inner.readStream('account-1')).slice(2, 3),
      state: { status: 'open', owner: 'Ada', balance: 107, overdraftLimit: 0 },
    });
  });

  it('answers command-id-reused for a command whose event ids another stream holds, without reading the stream again', async () => {
    const { calls, handle, rival } = await openedWithRival();
    await rival({ ...request(7, open('Bo')), streamId: 'account-2' });
    expect(await handle(request(7, deposit(5)))).toEqual({
      kind: 'command-id-reused',
      streamId: 'account-1',
      commandId: 'command-7',
    });
    expect(calls).toEqual(['read whole', 'append at no_stream', 'append at 0']);
  });

  it('forgets a stream after a version conflict and reloads it whole', async () => {
    const inner = inMemoryEventStore();
    const { handle: rival } = accountHandler(inner);
    const { store, calls } = callRecordingStore(
      interleavingStore(inner, async (call) => {
        if (call === 2) await rival(request(90, deposit(50)));
      }),
    );
    const { handle } = accountHandler(store);
    await handle(request(1, open()));
    expect(await handle(request(2, deposit(10)))).toEqual({
      kind: 'appended',
      events: [{ type: 'Deposited', data: { amount: 10, currency: 'EUR' } }],
      eventIds: [eventIdFor('command-2', 0)],
      nextExpectedRevision: 2n,
      position: 3n,
      state: { status: 'open', owner: 'Ada', balance: 60, overdraftLimit: 0 },
    });
    expect(calls).toEqual(['read whole', 'append at no_stream', 'append at 0', 'read whole', 'append at 1']);
  });

  it('reloads a stream whole when it does not continue where the cache left it', async () => {
    const inner = inMemoryEventStore();
    let shifted = false;
    const reads: (string | bigint)[] = [];
    const store: EventStore = {
      ...inner,
      readStream: async (streamId, options) => {
        reads.push(options?.from ?? 'whole');
        const events = await inner.readStream(streamId, options);
        // Once: the tail comes back starting one revision late, as if an event were missing.
        if (!shifted && options?.from !== undefined && events.length > 1) {
          shifted = true;
          return events.slice(1);
        }
        return events;
      },
    };
    const { handle } = accountHandler(store);
    const { handle: rival } = accountHandler(inner);
    await handle(request(1, open()));
    await rival(request(2, deposit(100)));
    await rival(request(3, deposit(20)));
    expect(await handle(request(4, withdraw(120)))).toEqual({
      kind: 'appended',
      events: [{ type: 'Withdrawn', data: { amount: 120 } }],
      eventIds: [eventIdFor('command-4', 0)],
      nextExpectedRevision: 3n,
      position: 4n,
      state: { status: 'open', owner: 'Ada', balance: 0, overdraftLimit: 0 },
    });
    expect(reads).toEqual(['whole', 1n, 'whole']);
  });

  it('reads whole streams every time with cachedStreams 0', async () => {
    const { store, calls } = callRecordingStore(inMemoryEventStore());
    const { handle } = accountHandler(store, {}, 0);
    await handle(request(1, open()));
    await handle(request(2, deposit(100)));
    await handle(request(3, withdraw(30)));
    expect(calls).toEqual([
      'read whole',
      'append at no_stream',
      'read whole',
      'append at 0',
      'read whole',
      'append at 1',
    ]);
  });

  it('keeps at most cachedStreams streams, forgetting the least recently used', async () => {
    const { store, calls } = callRecordingStore(inMemoryEventStore());
    const { handle } = accountHandler(store, {}, 1);
    const on = (streamId: string, n: number, command: Parameters<typeof handle>[0]['command']) =>
      handle({ ...request(n, command), streamId });
    await on('a', 1, open());
    await on('a', 2, deposit(1));
    await on('b', 3, open());
    await on('a', 4, deposit(1));
    await on('a', 5, deposit(1));
    expect(calls).toEqual([
      'read whole',
      'append at no_stream',
      'append at 0',
      'read whole',
      'append at no_stream',
      'read whole',
      'append at 1',
      'append at 2',
    ]);
  });
});

describe('streamStateCache', () => {
  const entry = (version: bigint): { version: bigint; state: string; commandIds: Set<string> } => ({
    version,
    state: `at ${version}`,
    commandIds: new Set(),
  });

  it('keeps the later of two revisions of a stream', () => {
    const cache = streamStateCache<string>(2);
    cache.remember('s', entry(2n));
    cache.remember('s', entry(1n));
    expect(cache.get('s')?.state).toBe('at 2');
    cache.remember('s', entry(3n));
    expect(cache.get('s')?.state).toBe('at 3');
  });

  it('forgets the least recently used stream first, a read counting as a use', () => {
    const cache = streamStateCache<string>(2);
    cache.remember('a', entry(0n));
    cache.remember('b', entry(0n));
    cache.get('a');
    cache.remember('c', entry(0n));
    expect([cache.get('a')?.state, cache.get('b')?.state, cache.get('c')?.state]).toEqual([
      'at 0',
      undefined,
      'at 0',
    ]);
    cache.forget('a');
    expect(cache.get('a')).toBe(undefined);
  });
});
