import { setImmediate } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import {
  type EventStore,
  inMemoryEventStore,
  memoryProjectionSink,
  projectionRunner,
} from '../../src/index.js';
import { noted } from '../support/events.js';
import { appendEach, logOf, observedSink, visits } from './projection-fixtures.js';

/** Three writers appending `count` events each, yielding to the event loop between appends. */
const writers = (store: EventStore, count: number, firstN: number): Promise<void> => {
  let n = firstN;
  const writer = async (streamId: string): Promise<void> => {
    for (let i = 0; i < count; i += 1) {
      const event = noted(n);
      n += 1;
      await store.append(streamId, [event], { expectedVersion: 'any' });
      await setImmediate();
    }
  };
  return Promise.all(['a-1', 'a-2', 'b-1'].map(writer)).then(() => undefined);
};

describe('projection runner: writers appending while it runs', () => {
  it('appends between the batches of a catch-up: every event applied exactly once, in order', async () => {
    const store = inMemoryEventStore();
    await appendEach(store, ['a-1', 'a-2', 'a-3', 'a-4']);
    let n = 5;
    const appendingStore: EventStore = {
      ...store,
      readAll: async function* (options) {
        for await (const batch of store.readAll(options)) {
          yield batch;
          if (n <= 10) {
            await appendEach(store, ['a-1', 'c-1'], n);
            n += 2;
          }
        }
      },
    };
    const sink = memoryProjectionSink(visits);
    const runner = projectionRunner({ store: appendingStore, sink, name: 'visits', batchSize: 3 });
    const first = await runner.catchUp();
    const second = await runner.catchUp();
    expect(first.handled + second.handled).toBe(10);
    expect(sink.readModel()).toEqual(await logOf(store));
    expect(sink.readModel()).toHaveLength(10);
  });

  it('catch-ups racing concurrent writers end with every event applied exactly once, in order', async () => {
    const store = inMemoryEventStore();
    await appendEach(store, ['a-1', 'a-2']);
    const sink = memoryProjectionSink(visits);
    const runner = projectionRunner({ store, sink, name: 'visits', batchSize: 4 });
    let writing = true;
    const written = writers(store, 30, 3).then(() => {
      writing = false;
    });
    while (writing) {
      await runner.catchUp();
      await setImmediate();
    }
    await written;
    await runner.catchUp();
    expect(sink.readModel()).toEqual(await logOf(store));
    expect(sink.readModel()).toHaveLength(92);
  });

  it('live mode with concurrent writers, during its catch-up and after: every event once, in order', async () => {
    const store = inMemoryEventStore();
    await appendEach(store, ['a-1', 'a-2', 'a-3']);
    const sink = observedSink(memoryProjectionSink(visits));
    const runner = projectionRunner({ store, sink, name: 'visits', batchSize: 5 });
    const written = writers(store, 40, 4);
    await runner.start();
    await written;
    await sink.reached(123n);
    await runner.stop();
    expect(sink.readModel()).toEqual(await logOf(store));
    expect(sink.readModel()).toHaveLength(123);
    expect(sink.calls.every((call) => call.events.length <= 5)).toBe(true);
  });
});
