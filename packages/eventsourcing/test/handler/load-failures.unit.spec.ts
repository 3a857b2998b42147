import { isNonEmpty } from 'fp-ts/lib/ReadonlyArray.js';
import { describe, expect, it } from 'vitest';
import {
  commandHandler,
  EventDecodeFailed,
  type EventStore,
  eventIdFor,
  inMemoryEventStore,
  loadStream,
  MissingUpcaster,
  StoreUnavailable,
  upcasterRegistry,
} from '../../src/index.js';
import {
  accountDecider,
  decodeAccountEvent,
  encodeAccountEvent,
  schemaVersionOf,
} from '../support/account.js';
import { accountHandler, open, request, withdraw } from '../support/account-handler.js';
import { metadataOf, noted } from '../support/events.js';
import { fixtureStream } from '../support/fixtures.js';
import { uuid } from '../support/ids.js';

describe('loadStream', () => {
  it('loads a missing stream as empty, at no_stream', async () => {
    expect(await loadStream(inMemoryEventStore(), 'nobody', decodeAccountEvent)).toEqual({
      entries: [],
      events: [],
      version: 'no_stream',
    });
  });
});

describe('commandHandler: loading', () => {
  it('fails with EventDecodeFailed naming stream, revision and the decoder message', async () => {
    const store = inMemoryEventStore();
    const { handle } = accountHandler(store);
    await handle(request(1, open()));
    const bad = noted(2, {
      type: 'Deposited',
      data: { amount: -5, currency: 'EUR' },
      metadata: metadataOf(2, { schemaVersion: 2 }),
    });
    await store.append('account-1', [bad], { expectedVersion: 0n });

    const outcome = handle(request(3, withdraw(1)));

    await expect(outcome).rejects.toEqual(
      new EventDecodeFailed({
        streamId: 'account-1',
        revision: 1n,
        eventId: uuid(2),
        type: 'Deposited',
        reason: 'amount must be a positive number',
      }),
    );
    await expect(outcome).rejects.toThrow(
      'Cannot decode event "Deposited" at revision 1 of stream "account-1": amount must be a positive number',
    );
    expect(await store.readStream('account-1')).toHaveLength(2);
  });

  it('upcasts a stream written by the first release before deciding', async () => {
    const store = inMemoryEventStore();
    const stored = fixtureStream('account-stream.v1.json');
    if (isNonEmpty(stored)) await store.append('account-1', stored, { expectedVersion: 'no_stream' });
    const { handle } = accountHandler(store);
    expect(await handle(request(9, withdraw(75)))).toEqual({
      kind: 'appended',
      events: [{ type: 'Withdrawn', data: { amount: 75 } }],
      eventIds: [eventIdFor('command-9', 0)],
      nextExpectedRevision: 4n,
      position: 5n,
      state: { status: 'open', owner: 'Ada Lovelace', balance: 0, overdraftLimit: 0 },
    });
  });

  it('fails with the missing upcaster as the reason when a step is missing', async () => {
    const store = inMemoryEventStore();
    const stored = fixtureStream('account-stream.v1.json');
    if (isNonEmpty(stored)) await store.append('account-1', stored, { expectedVersion: 'no_stream' });
    const handle = commandHandler({
      store,
      decider: accountDecider,
      schemaVersionOf,
      encode: encodeAccountEvent,
      decode: decodeAccountEvent,
      encodeCommand: (command) => command,
      upcasters: upcasterRegistry({}),
    });
    await expect(handle(request(9, withdraw(75)))).rejects.toEqual(
      new EventDecodeFailed({
        streamId: 'account-1',
        revision: 0n,
        eventId: uuid(1),
        type: 'Opened',
        reason: new MissingUpcaster({ type: 'Opened', fromVersion: 1, targetVersion: 3 }).message,
        paths: ['$.metadata.schemaVersion'],
      }),
    );
  });

  it('passes a store failure through unchanged', async () => {
    const failure = new StoreUnavailable({ cause: new Error('connection refused') });
    const inner = inMemoryEventStore();
    const unavailable: EventStore = {
      ...inner,
      readStream: async () => {
        throw failure;
      },
    };
    const { handle } = accountHandler(unavailable);
    const outcome = handle(request(1, open()));
    await expect(outcome).rejects.toBe(failure);
    await expect(outcome).rejects.toThrow('Event store unavailable: connection refused');
  });
});
