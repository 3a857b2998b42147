import { describe, expect, it } from 'vitest';
import { DuplicateEventIds, inMemoryEventStore, VersionConflict } from '../../src/index.js';
import { collectBatches } from '../support/collect.js';
import { noted } from '../support/events.js';
import { uuid } from '../support/ids.js';

const positions = async (store: ReturnType<typeof inMemoryEventStore>) =>
  (await collectBatches(store.readAll())).flat().map((event) => event.position);

describe('in-memory store: idempotent appends', () => {
  it('the same ids at the same expected version report the original write and write nothing', async () => {
    const store = inMemoryEventStore();
    await store.append('account-1', [noted(1), noted(2)], { expectedVersion: 'no_stream' });
    await store.append('account-1', [noted(3)], { expectedVersion: 1n });
    const repeat = await store.append('account-1', [noted(1), noted(2)], { expectedVersion: 'no_stream' });
    expect(repeat).toEqual({ nextExpectedRevision: 1n, position: 2n, alreadyApplied: true });
    expect(await positions(store)).toEqual([1n, 2n, 3n]);
  });

  it('works at an exact revision in the middle of the stream', async () => {
    const store = inMemoryEventStore();
    await store.append('account-1', [noted(1)], { expectedVersion: 'no_stream' });
    await store.append('account-1', [noted(2), noted(3)], { expectedVersion: 0n });
    await store.append('account-1', [noted(4)], { expectedVersion: 2n });
    const repeat = await store.append('account-1', [noted(2), noted(3)], { expectedVersion: 0n });
    expect(repeat).toEqual({ nextExpectedRevision: 2n, position: 3n, alreadyApplied: true });
    expect(await positions(store)).toEqual([1n, 2n, 3n, 4n]);
  });

  it('works with any and stream_exists, which carry no position', async () => {
    const store = inMemoryEventStore();
    await store.append('account-1', [noted(1)], { expectedVersion: 'no_stream' });
    await store.append('account-1', [noted(2)], { expectedVersion: 'any' });
    expect(await store.append('account-1', [noted(2)], { expectedVersion: 'any' })).toEqual({
      nextExpectedRevision: 1n,
      position: 2n,
      alreadyApplied: true,
    });
    expect(await store.append('account-1', [noted(2)], { expectedVersion: 'stream_exists' })).toEqual({
      nextExpectedRevision: 1n,
      position: 2n,
      alreadyApplied: true,
    });
    expect(await positions(store)).toEqual([1n, 2n]);
  });

  it('some but not all ids already recorded is a conflict naming them', async () => {
    const store = inMemoryEventStore();
    await store.append('account-1', [noted(1), noted(2)], { expectedVersion: 'no_stream' });
    const append = store.append('account-1', [noted(2), noted(3)], { expectedVersion: 0n });
    await expect(append).rejects.toEqual(
      new VersionConflict({ streamId: 'account-1', expected: 0n, actual: 1n, recordedEventIds: [uuid(2)] }),
    );
    await expect(append).rejects.toThrow(
      `Version conflict on stream "account-1": expected revision 0, actual revision 1; event ids already recorded in it: ${uuid(2)}`,
    );
    expect(await positions(store)).toEqual([1n, 2n]);
  });

  it('a partial overlap is a conflict even when the expected version is current', async () => {
    const store = inMemoryEventStore();
    await store.append('account-1', [noted(1)], { expectedVersion: 'no_stream' });
    await expect(store.append('account-1', [noted(1), noted(2)], { expectedVersion: 0n })).rejects.toEqual(
      new VersionConflict({ streamId: 'account-1', expected: 0n, actual: 0n, recordedEventIds: [uuid(1)] }),
    );
    expect(await positions(store)).toEqual([1n]);
  });

  it('the whole batch at another expected version is a conflict', async () => {
    const store = inMemoryEventStore();
    await store.append('account-1', [noted(1)], { expectedVersion: 'no_stream' });
    await store.append('account-1', [noted(2)], { expectedVersion: 0n });
    await expect(store.append('account-1', [noted(2)], { expectedVersion: 1n })).rejects.toEqual(
      new VersionConflict({ streamId: 'account-1', expected: 1n, actual: 1n, recordedEventIds: [uuid(2)] }),
    );
  });

  it('the same ids in another order are a conflict', async () => {
    const store = inMemoryEventStore();
    await store.append('account-1', [noted(1), noted(2)], { expectedVersion: 'no_stream' });
    await expect(
      store.append('account-1', [noted(2), noted(1)], { expectedVersion: 'no_stream' }),
    ).rejects.toEqual(
      new VersionConflict({
        streamId: 'account-1',
        expected: 'no_stream',
        actual: 1n,
        recordedEventIds: [uuid(2), uuid(1)],
      }),
    );
  });

  it('an id repeated within a batch is refused', async () => {
    const store = inMemoryEventStore();
    const append = store.append('account-1', [noted(1), noted(2), noted(1)], {
      expectedVersion: 'no_stream',
    });
    await expect(append).rejects.toEqual(
      new DuplicateEventIds({ streamId: 'account-1', eventIds: [uuid(1)], existingStreamId: null }),
    );
    await expect(append).rejects.toThrow(
      `Append to stream "account-1" repeats event ids within the batch: ${uuid(1)}`,
    );
    expect(await positions(store)).toEqual([]);
  });

  it('an id recorded in another stream is refused', async () => {
    const store = inMemoryEventStore();
    await store.append('account-1', [noted(1)], { expectedVersion: 'no_stream' });
    const append = store.append('account-2', [noted(2), noted(1)], { expectedVersion: 'no_stream' });
    await expect(append).rejects.toEqual(
      new DuplicateEventIds({ streamId: 'account-2', eventIds: [uuid(1)], existingStreamId: 'account-1' }),
    );
    await expect(append).rejects.toThrow(
      `Append to stream "account-2" uses event ids already recorded in stream "account-1": ${uuid(1)}`,
    );
  });
});
