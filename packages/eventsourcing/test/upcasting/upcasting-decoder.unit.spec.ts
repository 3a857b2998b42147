import * as E from 'fp-ts/lib/Either.js';
import { isNonEmpty } from 'fp-ts/lib/ReadonlyArray.js';
import { describe, expect, it } from 'vitest';
import {
  type EventStore,
  inMemoryEventStore,
  MissingUpcaster,
  type RecordedEvent,
  upcasterRegistry,
  upcastingDecoder,
} from '../../src/index.js';
import { decodeAccountEvent, schemaVersionOf } from '../support/account.js';
import { accountUpcasters } from '../support/account-upcasters.js';
import { fixtureStream } from '../support/fixtures.js';

const storeWithV1Stream = async (): Promise<EventStore> => {
  const store = inMemoryEventStore();
  const events = fixtureStream('account-stream.v1.json');
  if (isNonEmpty(events)) await store.append('account-1', events, { expectedVersion: 'no_stream' });
  return store;
};

describe('upcastingDecoder', () => {
  it('reads a stream written by the first release as current events', async () => {
    const store = await storeWithV1Stream();
    const decode = upcastingDecoder({
      upcasters: accountUpcasters,
      schemaVersionOf,
      decode: decodeAccountEvent,
    });
    const recorded = await store.readStream('account-1');
    expect(recorded.map(decode)).toEqual([
      E.right({ type: 'Opened', data: { owner: 'Ada Lovelace', overdraftLimit: 0 } }),
      E.right({ type: 'Deposited', data: { amount: 100, currency: 'EUR' } }),
      E.right({ type: 'Withdrawn', data: { amount: 30 } }),
      E.right({ type: 'Deposited', data: { amount: 5, currency: 'EUR' } }),
    ]);
  });

  it('hands the decoder the lifted data at the current version, hash fields as stored', async () => {
    const store = await storeWithV1Stream();
    const [opened] = await store.readStream('account-1');
    const seen: RecordedEvent[] = [];
    const decode = upcastingDecoder({
      upcasters: accountUpcasters,
      schemaVersionOf,
      decode: (recorded) => {
        seen.push(recorded);
        return E.right(recorded.data);
      },
    });
    if (opened === undefined) throw new Error('fixture stream is empty');
    decode(opened);
    expect(seen).toEqual([
      {
        ...opened,
        data: { owner: 'Ada Lovelace', overdraftLimit: 0 },
        metadata: { ...opened.metadata, schemaVersion: 3 },
      },
    ]);
  });

  it('fails with the upcasting error when a step is missing', async () => {
    const store = await storeWithV1Stream();
    const decode = upcastingDecoder({
      upcasters: upcasterRegistry({}),
      schemaVersionOf,
      decode: decodeAccountEvent,
    });
    const [opened] = await store.readStream('account-1');
    if (opened === undefined) throw new Error('fixture stream is empty');
    expect(decode(opened)).toEqual(
      E.left(new MissingUpcaster({ type: 'Opened', fromVersion: 1, targetVersion: 3 })),
    );
  });
});
