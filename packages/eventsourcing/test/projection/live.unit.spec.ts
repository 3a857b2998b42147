import { describe, expect, it } from 'vitest';
import {
  inMemoryEventStore,
  memoryProjectionSink,
  ProjectionBusy,
  ProjectionStopped,
  projectionRunner,
} from '../../src/index.js';
import { appendEach, observedSink, visits } from './projection-fixtures.js';

describe('projection runner: live', () => {
  it('catches up, resolves with the checkpoint, then applies appends as they arrive', async () => {
    const store = inMemoryEventStore();
    await appendEach(store, ['a-1', 'a-2', 'a-3']);
    const sink = observedSink(memoryProjectionSink(visits));
    const caughtUp: bigint[] = [];
    const runner = projectionRunner({
      store,
      sink,
      name: 'visits',
      onCaughtUp: (checkpoint) => caughtUp.push(checkpoint),
    });

    expect(await runner.start()).toBe(3n);
    expect(runner.activity()).toBe('live');
    expect(sink.readModel()).toEqual(['a-1@1', 'a-2@2', 'a-3@3']);
    await appendEach(store, ['a-2', 'a-4'], 4);
    await sink.reached(5n);
    expect(sink.readModel()).toEqual(['a-1@1', 'a-2@2', 'a-3@3', 'a-2@4', 'a-4@5']);
    expect(caughtUp).toEqual([3n]);

    await runner.stop();
    expect(runner.activity()).toBe('idle');
    await expect(runner.finished()).resolves.toBeUndefined();
  });

  it('applies the stored events in batches of at most batchSize', async () => {
    const store = inMemoryEventStore();
    await appendEach(store, ['a-1', 'a-2', 'a-3', 'a-4', 'a-5']);
    const sink = observedSink(memoryProjectionSink(visits));
    const runner = projectionRunner({ store, sink, name: 'visits', batchSize: 2 });
    await runner.start();
    await runner.stop();
    expect(sink.calls.map((call) => call.events.length).every((length) => length <= 2)).toBe(true);
    expect(sink.calls.flatMap((call) => call.events)).toEqual(['a-1@1', 'a-2@2', 'a-3@3', 'a-4@4', 'a-5@5']);
    expect(sink.calls[sink.calls.length - 1]?.checkpoint).toBe(5n);
  });

  it('resumes from its checkpoint after a stop, without applying anything twice', async () => {
    const store = inMemoryEventStore();
    await appendEach(store, ['a-1']);
    const sink = observedSink(memoryProjectionSink(visits));
    const runner = projectionRunner({ store, sink, name: 'visits' });
    await runner.start();
    await runner.stop();
    await appendEach(store, ['a-2', 'a-3'], 2);
    expect(sink.readModel()).toEqual(['a-1@1']);
    expect(await runner.start()).toBe(3n);
    await runner.stop();
    expect(sink.readModel()).toEqual(['a-1@1', 'a-2@2', 'a-3@3']);
  });

  it('with a filter, moves the checkpoint to the caught-up position past other streams', async () => {
    const store = inMemoryEventStore();
    await appendEach(store, ['parcel-1', 'audit-1', 'audit-2']);
    const sink = memoryProjectionSink(visits);
    const runner = projectionRunner({ store, sink, name: 'visits', filter: { streamPrefix: 'parcel-' } });
    expect(await runner.start()).toBe(3n);
    await runner.stop();
    expect(await sink.checkpoint()).toBe(3n);
    expect(sink.readModel()).toEqual(['parcel-1@1']);
  });

  it('refuses a second run while live, and may go live again once stopped', async () => {
    const store = inMemoryEventStore();
    const runner = projectionRunner({ store, sink: memoryProjectionSink(visits), name: 'visits' });
    await runner.start();
    await expect(runner.catchUp()).rejects.toEqual(
      new ProjectionBusy({ projection: 'visits', activity: 'live' }),
    );
    await expect(runner.rebuild()).rejects.toBeInstanceOf(ProjectionBusy);
    await expect(runner.start()).rejects.toBeInstanceOf(ProjectionBusy);
    await runner.stop();
    expect(await runner.start()).toBe(0n);
    await runner.stop();
  });

  it('stopped before it caught up, start rejects with ProjectionStopped', async () => {
    const store = inMemoryEventStore();
    await appendEach(store, ['a-1', 'a-2', 'a-3']);
    const runner = projectionRunner({ store, sink: memoryProjectionSink(visits), name: 'visits' });
    const started = runner.start();
    await runner.stop();
    await expect(started).rejects.toBeInstanceOf(ProjectionStopped);
    expect(runner.activity()).toBe('idle');
  });

  it('stopped while catching up, applies the batch in hand, then start rejects with the checkpoint reached', async () => {
    const store = inMemoryEventStore();
    await appendEach(store, ['a-1', 'a-2', 'a-3', 'a-4']);
    const inner = memoryProjectionSink(visits);
    let release = (): void => {};
    let entered = (): void => {};
    const firstApply = new Promise<void>((resolve) => {
      entered = resolve;
    });
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const sink = {
      ...inner,
      apply: async (events: Parameters<typeof inner.apply>[0], checkpoint: bigint) => {
        entered();
        await gate;
        await inner.apply(events, checkpoint);
      },
    };
    const runner = projectionRunner({ store, sink, name: 'visits', batchSize: 2 });
    const started = runner.start();
    await firstApply;
    const stopped = runner.stop();
    release();
    await stopped;
    const error = await started.then(
      () => undefined,
      (rejection: unknown) => rejection,
    );
    // How many events the first batch holds depends on how many had arrived when it was taken;
    // whatever it held is applied and is exactly what the checkpoint says.
    const checkpoint = await inner.checkpoint();
    expect(error).toEqual(new ProjectionStopped({ projection: 'visits', checkpoint }));
    expect(checkpoint).toBeLessThan(4n);
    expect(inner.readModel()).toEqual(['a-1@1', 'a-2@2', 'a-3@3'].slice(0, Number(checkpoint)));
    expect(checkpoint).toBeGreaterThan(0n);
  });

  it('stop and finished do nothing when it never went live', async () => {
    const runner = projectionRunner({
      store: inMemoryEventStore(),
      sink: memoryProjectionSink(visits),
      name: 'visits',
    });
    await runner.stop();
    await expect(runner.finished()).resolves.toBeUndefined();
  });
});
