import { describe, expect, it } from 'vitest';
import {
  inMemoryEventStore,
  memoryProjectionSink,
  projectionRunner,
  type RebuildProgress,
} from '../../src/index.js';
import { appendEach, visits } from './projection-fixtures.js';

describe('projection runner: rebuild', () => {
  it('empties the read model first, then replays the whole log', async () => {
    const store = inMemoryEventStore();
    await appendEach(store, ['a-1', 'a-2', 'a-3']);
    const sink = memoryProjectionSink(visits);
    const runner = projectionRunner({ store, sink, name: 'visits' });
    await runner.catchUp();
    await runner.catchUp();
    expect(await runner.rebuild()).toEqual({ handled: 3, checkpoint: 3n });
    expect(sink.readModel()).toEqual(['a-1@1', 'a-2@2', 'a-3@3']);
  });

  it('reports done, total and the rate after every batch, timed by the injected clock', async () => {
    const store = inMemoryEventStore();
    await appendEach(store, ['a-1', 'b-1', 'a-2', 'a-3', 'a-4', 'a-5']);
    const ticks = [0, 1000, 2000, 2500];
    let tick = 0;
    const reports: RebuildProgress[] = [];
    const runner = projectionRunner({
      store,
      sink: memoryProjectionSink(visits),
      name: 'visits',
      batchSize: 2,
      filter: { streamPrefix: 'a-' },
      clock: () => {
        const now = ticks[tick] ?? Number.NaN;
        tick += 1;
        return now;
      },
      onProgress: (progress) => reports.push(progress),
    });
    expect(await runner.rebuild()).toEqual({ handled: 5, checkpoint: 6n });
    expect(reports).toEqual([
      { done: 1, total: 5, eventsPerSecond: 1 },
      { done: 3, total: 5, eventsPerSecond: 1.5 },
      { done: 5, total: 5, eventsPerSecond: 2 },
    ]);
  });

  it('reports a rate of 0 while the clock has not moved, and raises the total to what was done', async () => {
    const store = inMemoryEventStore();
    await appendEach(store, ['a-1', 'a-2']);
    const reports: RebuildProgress[] = [];
    let reads = 0;
    const growing = {
      ...store,
      readAll: async function* (options?: Parameters<typeof store.readAll>[0]) {
        reads += 1;
        const read = reads;
        for await (const batch of store.readAll(options)) {
          yield batch;
          // The first read counts the total; a writer appends during the second, the replay.
          if (read === 2 && batch[0]?.position === 1n) await appendEach(store, ['a-3'], 3);
        }
      },
    };
    const runner = projectionRunner({
      store: growing,
      sink: memoryProjectionSink(visits),
      name: 'visits',
      batchSize: 1,
      clock: () => 0,
      onProgress: (progress) => reports.push(progress),
    });
    await runner.rebuild();
    expect(reports).toEqual([
      { done: 1, total: 2, eventsPerSecond: 0 },
      { done: 2, total: 2, eventsPerSecond: 0 },
      { done: 3, total: 3, eventsPerSecond: 0 },
    ]);
  });
});
