import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  type CommandOutcome,
  type EventStore,
  type EventToAppend,
  inMemoryEventStore,
  UndigestibleCommand,
  verifyStream,
} from '../../src/index.js';
import type { Account, AccountEvent, AccountRejection } from '../support/account.js';
import { accountHandler, close, deposit, open, request, withdraw } from '../support/account-handler.js';
import { interleavingStore } from '../support/interleaving-store.js';

type Outcome = CommandOutcome<AccountEvent, Account, AccountRejection>;

/** SHA-256 of a canonical JSON text written out by hand. */
const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

const reused = (streamId: string, commandId: string): Outcome => ({
  kind: 'command-id-reused',
  streamId,
  commandId,
});

describe('commandHandler: a command id names one command', () => {
  it("records the digest of the command's canonical JSON on each of its events", async () => {
    const store = inMemoryEventStore();
    const { handle } = accountHandler(store);
    await handle(request(1, open()));
    await handle(request(2, deposit(40)));
    const events = await store.readStream('account-1');
    expect(events.map((event) => event.metadata.commandDigest)).toEqual([
      sha256('{"data":{"owner":"Ada"},"type":"Open"}'),
      sha256('{"data":{"amount":40},"type":"Deposit"}'),
    ]);
    expect(verifyStream(events)).toEqual({ ok: true });
  });

  for (const [cache, cachedStreams] of [
    ['on', undefined],
    ['off', 0],
  ] as const) {
    it(`answers the same content (in any key order) already-applied and other content command-id-reused, writing nothing (cache ${cache})`, async () => {
      const store = inMemoryEventStore();
      const { handle } = accountHandler(store, {}, cachedStreams);
      await handle(request(1, open()));
      await handle(request(2, deposit(40)));
      const before = await store.readStream('account-1');
      const reordered = {
        ...request(2, deposit(40)),
        command: { data: { amount: 40 }, type: 'Deposit' as const },
      };
      expect((await handle(reordered)).kind).toBe('already-applied');
      expect(await handle(request(2, deposit(41)))).toEqual(reused('account-1', 'command-2'));
      expect(await handle(request(2, withdraw(40)))).toEqual(reused('account-1', 'command-2'));
      // The handler's clock is not content: a retry at another time is the same command.
      expect((await handle({ ...request(2, deposit(40)), now: '2026-03-03T00:00:00.000Z' })).kind).toBe(
        'already-applied',
      );
      // A handler that never saw the stream finds the same in the store.
      expect(await accountHandler(store, {}, cachedStreams).handle(request(2, deposit(41)))).toEqual(
        reused('account-1', 'command-2'),
      );
      expect(await store.readStream('account-1')).toEqual(before);
    });

    it(`answers command-id-reused for an id recorded in another stream, naming only the caller's stream (cache ${cache})`, async () => {
      const store = inMemoryEventStore();
      const { handle } = accountHandler(store, {}, cachedStreams);
      await handle(request(1, open()));
      await handle({ ...request(11, open('Bob')), streamId: 'account-2' });
      const elsewhere = await handle({ ...request(1, deposit(5)), streamId: 'account-2' });
      expect(elsewhere).toEqual(reused('account-2', 'command-1'));
      const fresh = await handle({ ...request(1, open('Cy')), streamId: 'account-3' });
      expect(fresh).toEqual(reused('account-3', 'command-1'));
      expect(JSON.stringify([elsewhere, fresh])).not.toContain('account-1');
      expect(await store.readStream('account-2')).toHaveLength(1);
      expect(await store.readStream('account-3')).toEqual([]);
    });
  }

  it('answers command-id-reused when other content under the same id lands between its read and its append', async () => {
    const inner = inMemoryEventStore();
    const { handle: setup } = accountHandler(inner);
    await setup(request(1, open()));
    await setup(request(2, deposit(100)));
    const { handle: rival } = accountHandler(inner);
    const rivals: Outcome[] = [];
    const racing = (other: Parameters<typeof rival>[0]): EventStore =>
      interleavingStore(inner, async (call) => {
        if (call === 1) rivals.push(await rival(other));
      });
    // Same number of events at the same revision: the store reports them as already there.
    const { handle } = accountHandler(racing(request(3, withdraw(30))), {}, 0);
    expect(await handle(request(3, withdraw(20)))).toEqual(reused('account-1', 'command-3'));
    // A different number of events: a version conflict, then the reload finds the id.
    const { handle: second } = accountHandler(racing(request(4, withdraw(10))), {}, 0);
    expect(await second(request(4, close))).toEqual(reused('account-1', 'command-4'));
    expect(rivals.map((outcome) => outcome.kind)).toEqual(['appended', 'appended']);
    const amounts = (await inner.readStream('account-1')).map((event) => [event.type, event.data]);
    expect(amounts).toEqual([
      ['Opened', { owner: 'Ada', overdraftLimit: 0 }],
      ['Deposited', { amount: 100, currency: 'EUR' }],
      ['Withdrawn', { amount: 30 }],
      ['Withdrawn', { amount: 10 }],
    ]);
  });

  it('answers a command recorded without a digest (by an earlier release) already-applied, whatever its content', async () => {
    const store = inMemoryEventStore();
    const { handle } = accountHandler(store);
    await handle(request(1, open()));
    const [opened] = await store.readStream('account-1');
    if (opened === undefined) throw new Error('not opened');
    const { commandId, correlationId, causationId, recordedAt, schemaVersion, actor } = opened.metadata;
    const old = inMemoryEventStore();
    const undigested: EventToAppend = {
      eventId: opened.eventId,
      type: opened.type,
      data: opened.data,
      metadata: { commandId, correlationId, causationId, recordedAt, schemaVersion, actor },
    };
    await old.append('account-1', [undigested], { expectedVersion: 'no_stream' });
    const { handle: later } = accountHandler(old);
    expect((await later(request(1, open()))).kind).toBe('already-applied');
    expect((await later(request(1, open('Bob')))).kind).toBe('already-applied');
  });

  it('rejects with UndigestibleCommand a command that has no canonical JSON form, writing nothing', async () => {
    const store = inMemoryEventStore();
    const { handle } = accountHandler(store);
    await handle(request(1, open()));
    const outcome = handle(request(2, deposit(Number.NaN)));
    await expect(outcome).rejects.toEqual(
      new UndigestibleCommand({
        streamId: 'account-1',
        commandId: 'command-2',
        reason: 'NaN is not allowed',
      }),
    );
    await expect(outcome).rejects.toMatchObject({
      name: 'UndigestibleCommand',
      streamId: 'account-1',
      commandId: 'command-2',
      reason: 'NaN is not allowed',
    });
    expect(await store.readStream('account-1')).toHaveLength(1);
  });
});
