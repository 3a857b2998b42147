import { describe, expect, it } from 'vitest';
import { eventIdFor, inMemoryEventStore, type RecordedEvent, verifyStream } from '../../src/index.js';
import { accountHandler, close, deposit, open, request, withdraw } from '../support/account-handler.js';
import { collectBatches } from '../support/collect.js';
import { at } from '../support/ids.js';

const summary = (events: readonly RecordedEvent[]) =>
  events.map((event) => ({
    revision: event.revision,
    eventId: event.eventId,
    type: event.type,
    data: event.data,
  }));

describe('commandHandler: accepted, rejected, unchanged', () => {
  it('appends the decided events with derived ids and the metadata of the command', async () => {
    const store = inMemoryEventStore();
    const { handle } = accountHandler(store);
    expect(await handle(request(1, open()))).toEqual({
      kind: 'appended',
      events: [{ type: 'Opened', data: { owner: 'Ada', overdraftLimit: 0 } }],
      eventIds: [eventIdFor('command-1', 0)],
      nextExpectedRevision: 0n,
      position: 1n,
      state: { status: 'open', owner: 'Ada', balance: 0, overdraftLimit: 0 },
    });
    const [opened] = await store.readStream('account-1');
    expect(opened?.metadata).toEqual({
      commandId: 'command-1',
      correlationId: 'command-1',
      causationId: 'command-1',
      recordedAt: at(1),
      schemaVersion: 3,
      actor: null,
      // SHA-256 of the command's canonical JSON, {"data":{"owner":"Ada"},"type":"Open"}.
      commandDigest: '49e3b391c2c0023522da8adeba7e7b98f3d144d128f0490530eb35a4ca1ddcdd',
      previousHash: null,
      hashVersion: 1,
      hash: opened?.metadata.hash,
    });
  });

  it('records the correlation, causation and actor it is given', async () => {
    const store = inMemoryEventStore();
    const { handle } = accountHandler(store);
    await handle({
      ...request(1, open()),
      metadata: {
        correlationId: 'web-request-7',
        causationId: 'form-submitted-3',
        actor: { role: 'teller', id: 't-9' },
      },
    });
    const [opened] = await store.readStream('account-1');
    expect(opened?.metadata).toMatchObject({
      commandId: 'command-1',
      correlationId: 'web-request-7',
      causationId: 'form-submitted-3',
      actor: { role: 'teller', id: 't-9' },
    });
  });

  it('appends every event of a command at the version it loaded, each at its schema version', async () => {
    const store = inMemoryEventStore();
    const { handle } = accountHandler(store);
    await handle(request(1, open()));
    await handle(request(2, deposit(40)));
    expect(await handle(request(3, close))).toEqual({
      kind: 'appended',
      events: [
        { type: 'Withdrawn', data: { amount: 40 } },
        { type: 'Closed', data: {} },
      ],
      eventIds: [eventIdFor('command-3', 0), eventIdFor('command-3', 1)],
      nextExpectedRevision: 3n,
      position: 4n,
      state: { status: 'closed', owner: 'Ada', balance: 0, overdraftLimit: 0 },
    });
    const stream = await store.readStream('account-1');
    expect(summary(stream)).toEqual([
      {
        revision: 0n,
        eventId: eventIdFor('command-1', 0),
        type: 'Opened',
        data: { owner: 'Ada', overdraftLimit: 0 },
      },
      {
        revision: 1n,
        eventId: eventIdFor('command-2', 0),
        type: 'Deposited',
        data: { amount: 40, currency: 'EUR' },
      },
      { revision: 2n, eventId: eventIdFor('command-3', 0), type: 'Withdrawn', data: { amount: 40 } },
      { revision: 3n, eventId: eventIdFor('command-3', 1), type: 'Closed', data: {} },
    ]);
    expect(stream.map((event) => event.metadata.schemaVersion)).toEqual([3, 2, 1, 1]);
    expect(verifyStream(stream)).toEqual({ ok: true });
  });

  it('returns a rejection as a value and appends nothing', async () => {
    const store = inMemoryEventStore();
    const { handle } = accountHandler(store);
    await handle(request(1, open()));
    await handle(request(2, deposit(40)));
    expect(await handle(request(3, withdraw(50)))).toEqual({
      kind: 'rejected',
      rejection: { type: 'InsufficientFunds', balance: 40, requested: 50 },
      state: { status: 'open', owner: 'Ada', balance: 40, overdraftLimit: 0 },
    });
    expect((await collectBatches(store.readAll())).flat().map((event) => event.position)).toEqual([1n, 2n]);
  });

  it('reports a command decided with no events as unchanged, at the current version', async () => {
    const store = inMemoryEventStore();
    const { handle } = accountHandler(store);
    await handle(request(1, open()));
    await handle(request(2, close));
    expect(await handle(request(3, close))).toEqual({
      kind: 'unchanged',
      version: 1n,
      state: { status: 'closed', owner: 'Ada', balance: 0, overdraftLimit: 0 },
    });
    expect(await store.readStream('account-1')).toHaveLength(2);
  });
});
