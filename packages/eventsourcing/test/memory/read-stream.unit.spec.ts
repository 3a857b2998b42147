import { beforeAll, describe, expect, it } from 'vitest';
import { type EventStore, inMemoryEventStore } from '../../src/index.js';
import { noted } from '../support/events.js';

const revisions = async (store: EventStore, ...args: Parameters<EventStore['readStream']>) =>
  (await store.readStream(...args)).map((event) => event.revision);

describe('in-memory store: readStream', () => {
  let store: EventStore;
  beforeAll(async () => {
    store = inMemoryEventStore();
    await store.append('account-1', [noted(1), noted(2), noted(3)], { expectedVersion: 'no_stream' });
    await store.append('account-2', [noted(4)], { expectedVersion: 'no_stream' });
    await store.append('account-1', [noted(5), noted(6)], { expectedVersion: 2n });
  });

  it('reads a whole stream forwards by default', async () => {
    const events = await store.readStream('account-1');
    expect(events.map((event) => [event.revision, event.position, event.eventId])).toEqual([
      [0n, 1n, noted(1).eventId],
      [1n, 2n, noted(2).eventId],
      [2n, 3n, noted(3).eventId],
      [3n, 5n, noted(5).eventId],
      [4n, 6n, noted(6).eventId],
    ]);
  });

  it('reads forwards from an inclusive revision', async () => {
    expect(await revisions(store, 'account-1', { from: 2n })).toEqual([2n, 3n, 4n]);
  });

  it('reads at most maxCount events', async () => {
    expect(await revisions(store, 'account-1', { from: 1n, maxCount: 2 })).toEqual([1n, 2n]);
    expect(await revisions(store, 'account-1', { maxCount: 0 })).toEqual([]);
  });

  it('reads backwards from the end by default', async () => {
    expect(await revisions(store, 'account-1', { direction: 'backwards' })).toEqual([4n, 3n, 2n, 1n, 0n]);
  });

  it('reads backwards from an inclusive revision, at most maxCount', async () => {
    expect(await revisions(store, 'account-1', { direction: 'backwards', from: 3n })).toEqual([
      3n,
      2n,
      1n,
      0n,
    ]);
    expect(await revisions(store, 'account-1', { direction: 'backwards', maxCount: 2 })).toEqual([4n, 3n]);
    expect(await revisions(store, 'account-1', { direction: 'backwards', from: 1n, maxCount: 5 })).toEqual([
      1n,
      0n,
    ]);
  });

  it('reads backwards from past the end as from the end', async () => {
    expect(await revisions(store, 'account-1', { direction: 'backwards', from: 99n, maxCount: 1 })).toEqual([
      4n,
    ]);
  });

  it('reads nothing forwards from past the end', async () => {
    expect(await revisions(store, 'account-1', { from: 5n })).toEqual([]);
  });

  it('reads a missing stream as empty', async () => {
    expect(await store.readStream('nobody')).toEqual([]);
    expect(await store.readStream('nobody', { direction: 'backwards' })).toEqual([]);
  });
});
