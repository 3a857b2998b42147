import { beforeAll, describe, expect, it } from 'vitest';
import { type EventStore, inMemoryEventStore } from '../../src/index.js';
import { collectBatches } from '../support/collect.js';
import { noted } from '../support/events.js';

const shape = (batches: readonly (readonly { readonly position: bigint; readonly streamId: string }[])[]) =>
  batches.map((batch) => batch.map((event) => `${event.streamId}@${event.position}`));

describe('in-memory store: readAll', () => {
  let store: EventStore;
  beforeAll(async () => {
    store = inMemoryEventStore();
    await store.append('a', [noted(1), noted(2)], { expectedVersion: 'no_stream' });
    await store.append('b', [noted(3)], { expectedVersion: 'no_stream' });
    await store.append('a', [noted(4)], { expectedVersion: 1n });
    await store.append('c', [noted(5)], { expectedVersion: 'no_stream' });
  });

  it('reads every stream in global order', async () => {
    expect(shape(await collectBatches(store.readAll()))).toEqual([['a@1', 'a@2', 'b@3', 'a@4', 'c@5']]);
  });

  it('starts after an exclusive position; 0n is the beginning', async () => {
    expect(shape(await collectBatches(store.readAll({ after: 2n })))).toEqual([['b@3', 'a@4', 'c@5']]);
    expect(shape(await collectBatches(store.readAll({ after: 0n })))).toEqual([
      ['a@1', 'a@2', 'b@3', 'a@4', 'c@5'],
    ]);
  });

  it('reads nothing after the last position', async () => {
    expect(await collectBatches(store.readAll({ after: 5n }))).toEqual([]);
    expect(await collectBatches(store.readAll({ after: 50n }))).toEqual([]);
  });

  it('yields non-empty batches of at most batchSize', async () => {
    expect(shape(await collectBatches(store.readAll({ batchSize: 2 })))).toEqual([
      ['a@1', 'a@2'],
      ['b@3', 'a@4'],
      ['c@5'],
    ]);
    expect(shape(await collectBatches(store.readAll({ after: 1n, batchSize: 2 })))).toEqual([
      ['a@2', 'b@3'],
      ['a@4', 'c@5'],
    ]);
  });

  it('reads the same events a stream read returns', async () => {
    const all = (await collectBatches(store.readAll())).flat();
    expect(all.filter((event) => event.streamId === 'a')).toEqual(await store.readStream('a'));
  });
});
