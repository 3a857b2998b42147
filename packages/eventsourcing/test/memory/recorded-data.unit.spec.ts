import { describe, expect, it } from 'vitest';
import { InvalidEventData, inMemoryEventStore } from '../../src/index.js';
import { collectBatches } from '../support/collect.js';
import { metadataOf, noted } from '../support/events.js';
import { uuid } from '../support/ids.js';

describe('in-memory store: what it records', () => {
  it('keeps data as the JSON it canonicalises to', async () => {
    const store = inMemoryEventStore();
    const data = { b: 1, a: undefined, when: new Date('2026-03-02T09:00:00.000Z'), list: [1, 'x'] };
    await store.append('account-1', [noted(1, { data })], { expectedVersion: 'no_stream' });
    const [event] = await store.readStream('account-1');
    expect(event?.data).toEqual({ b: 1, when: '2026-03-02T09:00:00.000Z', list: [1, 'x'] });
  });

  it('hands out frozen events, so history cannot be edited in place', async () => {
    const store = inMemoryEventStore();
    await store.append('account-1', [noted(1, { data: { nested: { n: 1 } } })], {
      expectedVersion: 'no_stream',
    });
    const [event] = await store.readStream('account-1');
    expect(Object.isFrozen(event)).toBe(true);
    expect(Object.isFrozen(event?.metadata)).toBe(true);
    expect(Object.isFrozen(event?.data)).toBe(true);
  });

  it('does not keep metadata fields outside the port', async () => {
    const store = inMemoryEventStore();
    const metadata = { ...metadataOf(1), extra: 'dropped' };
    await store.append('account-1', [noted(1, { metadata })], { expectedVersion: 'no_stream' });
    const [event] = await store.readStream('account-1');
    expect(Object.keys(event?.metadata ?? {}).sort()).toEqual([
      'actor',
      'causationId',
      'commandId',
      'correlationId',
      'hash',
      'hashVersion',
      'previousHash',
      'recordedAt',
      'schemaVersion',
    ]);
  });

  it.each([
    ['an id that is not a UUID', noted(1, { eventId: 'event-1' }), 'event id "event-1" is not a UUID'],
    ['NaN in the data', noted(1, { data: { amount: Number.NaN } }), 'data is not JSON: NaN is not allowed'],
    [
      'a bigint in the data',
      noted(1, { data: { amount: 1n } }),
      'data is not JSON: Do not know how to serialize a BigInt',
    ],
    ['undefined data', noted(1, { data: undefined }), 'data is not JSON: undefined has no JSON form'],
    [
      'schema version 0',
      noted(1, { metadata: metadataOf(1, { schemaVersion: 0 }) }),
      'schemaVersion 0 is not a positive integer',
    ],
    [
      'a recordedAt that is not an instant',
      noted(1, { metadata: metadataOf(1, { recordedAt: '2026-03-02' }) }),
      'recordedAt "2026-03-02" is not an ISO 8601 instant',
    ],
    ['an empty type', noted(1, { type: '' }), 'event type must be a non-empty string'],
  ])('refuses %s and writes nothing of the batch', async (_, bad, reason) => {
    const store = inMemoryEventStore();
    const append = store.append('account-1', [noted(2), bad], { expectedVersion: 'no_stream' });
    await expect(append).rejects.toEqual(
      new InvalidEventData({ streamId: 'account-1', eventId: bad.eventId, reason }),
    );
    expect(await collectBatches(store.readAll())).toEqual([]);
  });

  it('names stream, event and reason in the message', async () => {
    const store = inMemoryEventStore();
    await expect(
      store.append('account-1', [noted(1, { data: { amount: Number.POSITIVE_INFINITY } })], {
        expectedVersion: 'any',
      }),
    ).rejects.toThrow(
      `Cannot append event ${uuid(1)} to stream "account-1": data is not JSON: Infinity is not allowed`,
    );
  });
});
