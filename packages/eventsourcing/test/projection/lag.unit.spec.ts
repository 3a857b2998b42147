import { describe, expect, it } from 'vitest';
import { inMemoryEventStore, memoryProjectionSink, projectionRunner } from '../../src/index.js';
import { appendEach, observedSink, visits } from './projection-fixtures.js';

describe('projection runner: lag', () => {
  it('counts the events after the checkpoint', async () => {
    const store = inMemoryEventStore();
    await appendEach(store, ['a-1', 'a-2', 'a-3']);
    const runner = projectionRunner({ store, sink: memoryProjectionSink(visits), name: 'visits' });
    expect(await runner.lag()).toBe(3);
    await runner.catchUp();
    expect(await runner.lag()).toBe(0);
    await appendEach(store, ['a-1', 'a-4'], 4);
    expect(await runner.lag()).toBe(2);
  });

  it('counts only the events of the filtered streams', async () => {
    const store = inMemoryEventStore();
    await appendEach(store, ['parcel-1', 'audit-1', 'parcel-2', 'audit-2']);
    const runner = projectionRunner({
      store,
      sink: memoryProjectionSink(visits),
      name: 'visits',
      filter: { streamPrefix: 'parcel-' },
    });
    expect(await runner.lag()).toBe(2);
    await runner.catchUp();
    expect(await runner.lag()).toBe(0);
  });

  it('is 0 once live mode has applied what was appended', async () => {
    const store = inMemoryEventStore();
    const sink = observedSink(memoryProjectionSink(visits));
    const runner = projectionRunner({ store, sink, name: 'visits' });
    await runner.start();
    await appendEach(store, ['a-1', 'a-2']);
    await sink.reached(2n);
    expect(await runner.lag()).toBe(0);
    await runner.stop();
    await appendEach(store, ['a-3'], 3);
    expect(await runner.lag()).toBe(1);
  });
});
