import { describe, expect, it } from 'vitest';
import { inMemoryEventStore, StreamNotFound, VersionConflict } from '../../src/index.js';
import { collectBatches } from '../support/collect.js';
import { noted } from '../support/events.js';
import { recordedStream } from '../support/recorded.js';

const storeWithOneEvent = async () => {
  const store = inMemoryEventStore();
  await store.append('account-1', [noted(1)], { expectedVersion: 'no_stream' });
  return store;
};

describe('in-memory store: append and expected versions', () => {
  it('no_stream on a new stream writes revision 0 at position 1', async () => {
    const store = inMemoryEventStore();
    const result = await store.append('account-1', [noted(1)], { expectedVersion: 'no_stream' });
    expect(result).toEqual({ nextExpectedRevision: 0n, position: 1n, alreadyApplied: false });
    expect(await store.readStream('account-1')).toEqual(
      recordedStream('account-1', [{ event: noted(1), position: 1n }]),
    );
  });

  it('no_stream on an existing stream is a conflict and writes nothing', async () => {
    const store = await storeWithOneEvent();
    await expect(store.append('account-1', [noted(2)], { expectedVersion: 'no_stream' })).rejects.toEqual(
      new VersionConflict({ streamId: 'account-1', expected: 'no_stream', actual: 0n }),
    );
    expect(await store.readStream('account-1')).toEqual(
      recordedStream('account-1', [{ event: noted(1), position: 1n }]),
    );
  });

  it('stream_exists on a missing stream is StreamNotFound', async () => {
    const store = inMemoryEventStore();
    await expect(store.append('account-1', [noted(1)], { expectedVersion: 'stream_exists' })).rejects.toEqual(
      new StreamNotFound({ streamId: 'account-1' }),
    );
    expect(await collectBatches(store.readAll())).toEqual([]);
  });

  it('stream_exists on an existing stream appends', async () => {
    const store = await storeWithOneEvent();
    const result = await store.append('account-1', [noted(2)], { expectedVersion: 'stream_exists' });
    expect(result).toEqual({ nextExpectedRevision: 1n, position: 2n, alreadyApplied: false });
  });

  it('the exact current revision appends', async () => {
    const store = await storeWithOneEvent();
    const result = await store.append('account-1', [noted(2)], { expectedVersion: 0n });
    expect(result).toEqual({ nextExpectedRevision: 1n, position: 2n, alreadyApplied: false });
  });

  it('a revision behind the stream is a conflict naming both versions', async () => {
    const store = await storeWithOneEvent();
    await store.append('account-1', [noted(2)], { expectedVersion: 0n });
    const append = store.append('account-1', [noted(3)], { expectedVersion: 0n });
    await expect(append).rejects.toEqual(
      new VersionConflict({ streamId: 'account-1', expected: 0n, actual: 1n }),
    );
    await expect(append).rejects.toThrow(
      'Version conflict on stream "account-1": expected revision 0, actual revision 1',
    );
  });

  it('a revision ahead of the stream is a conflict', async () => {
    const store = await storeWithOneEvent();
    await expect(store.append('account-1', [noted(2)], { expectedVersion: 5n })).rejects.toEqual(
      new VersionConflict({ streamId: 'account-1', expected: 5n, actual: 0n }),
    );
  });

  it('a revision on a missing stream is a conflict with no_stream as actual', async () => {
    const store = inMemoryEventStore();
    const append = store.append('account-1', [noted(1)], { expectedVersion: 0n });
    await expect(append).rejects.toEqual(
      new VersionConflict({ streamId: 'account-1', expected: 0n, actual: 'no_stream' }),
    );
    await expect(append).rejects.toThrow(
      'Version conflict on stream "account-1": expected revision 0, actual no stream',
    );
  });

  it('any appends to a new and to an existing stream', async () => {
    const store = inMemoryEventStore();
    expect(await store.append('account-1', [noted(1)], { expectedVersion: 'any' })).toEqual({
      nextExpectedRevision: 0n,
      position: 1n,
      alreadyApplied: false,
    });
    expect(await store.append('account-1', [noted(2)], { expectedVersion: 'any' })).toEqual({
      nextExpectedRevision: 1n,
      position: 2n,
      alreadyApplied: false,
    });
  });

  it('a batch gets consecutive revisions and positions, chained hashes, and reports its last event', async () => {
    const store = inMemoryEventStore();
    await store.append('other', [noted(1)], { expectedVersion: 'no_stream' });
    const result = await store.append('account-1', [noted(2), noted(3), noted(4)], {
      expectedVersion: 'no_stream',
    });
    expect(result).toEqual({ nextExpectedRevision: 2n, position: 4n, alreadyApplied: false });
    expect(await store.readStream('account-1')).toEqual(
      recordedStream('account-1', [
        { event: noted(2), position: 2n },
        { event: noted(3), position: 3n },
        { event: noted(4), position: 4n },
      ]),
    );
  });

  it('positions are global across streams, revisions per stream', async () => {
    const store = inMemoryEventStore();
    await store.append('a', [noted(1)], { expectedVersion: 'no_stream' });
    await store.append('b', [noted(2)], { expectedVersion: 'no_stream' });
    await store.append('a', [noted(3)], { expectedVersion: 0n });
    const all = (await collectBatches(store.readAll())).flat();
    expect(all.map((event) => [event.streamId, event.revision, event.position])).toEqual([
      ['a', 0n, 1n],
      ['b', 0n, 2n],
      ['a', 1n, 3n],
    ]);
  });
});
