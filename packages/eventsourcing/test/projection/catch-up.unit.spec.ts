import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import {
  inMemoryEventStore,
  memoryCheckpointStore,
  memoryProjectionSink,
  projectionRunner,
} from '../../src/index.js';
import { appendEach, observedSink, visits } from './projection-fixtures.js';

describe('projection runner: catch-up', () => {
  it('reads the log from the checkpoint in batches, each applied with its last position as checkpoint', async () => {
    const store = inMemoryEventStore();
    await appendEach(store, ['a-1', 'a-2', 'a-1', 'a-3', 'a-2']);
    const sink = observedSink(memoryProjectionSink(visits));
    const runner = projectionRunner({ store, sink, name: 'visits', batchSize: 2 });

    expect(await runner.catchUp()).toEqual({ handled: 5, checkpoint: 5n });
    expect(sink.calls).toEqual([
      { events: ['a-1@1', 'a-2@2'], checkpoint: 2n },
      { events: ['a-1@3', 'a-3@4'], checkpoint: 4n },
      { events: ['a-2@5'], checkpoint: 5n },
    ]);
    expect(sink.readModel()).toEqual(['a-1@1', 'a-2@2', 'a-1@3', 'a-3@4', 'a-2@5']);
    expect(await sink.checkpoint()).toBe(5n);
  });

  it('applies only what was appended since the last catch-up', async () => {
    const store = inMemoryEventStore();
    await appendEach(store, ['a-1', 'a-2']);
    const sink = memoryProjectionSink(visits);
    const runner = projectionRunner({ store, sink, name: 'visits' });
    expect(await runner.catchUp()).toEqual({ handled: 2, checkpoint: 2n });
    expect(await runner.catchUp()).toEqual({ handled: 0, checkpoint: 2n });
    await appendEach(store, ['a-3'], 3);
    expect(await runner.catchUp()).toEqual({ handled: 1, checkpoint: 3n });
    expect(sink.readModel()).toEqual(['a-1@1', 'a-2@2', 'a-3@3']);
  });

  it('restarts from a stored checkpoint: a new runner and sink over the same checkpoint apply only later events', async () => {
    const store = inMemoryEventStore();
    await appendEach(store, ['a-1', 'a-2', 'a-3', 'a-4']);
    const checkpoints = memoryCheckpointStore();
    await projectionRunner({
      store,
      sink: memoryProjectionSink(visits, { checkpoints }),
      name: 'visits',
    }).catchUp();
    await appendEach(store, ['a-5'], 5);

    const restarted = memoryProjectionSink(visits, { checkpoints });
    expect(await projectionRunner({ store, sink: restarted, name: 'visits' }).catchUp()).toEqual({
      handled: 1,
      checkpoint: 5n,
    });
    expect(restarted.readModel()).toEqual(['a-5@5']);
  });

  it('applies only streams with the prefix, and moves the checkpoint past the others', async () => {
    const store = inMemoryEventStore();
    await appendEach(store, ['parcel-1', 'audit-1', 'audit-2', 'parcel-2', 'audit-3']);
    const sink = observedSink(memoryProjectionSink(visits));
    const runner = projectionRunner({
      store,
      sink,
      name: 'visits',
      batchSize: 2,
      filter: { streamPrefix: 'parcel-' },
    });

    expect(await runner.catchUp()).toEqual({ handled: 2, checkpoint: 5n });
    expect(sink.calls).toEqual([
      { events: ['parcel-1@1'], checkpoint: 2n },
      { events: ['parcel-2@4'], checkpoint: 4n },
      { events: [], checkpoint: 5n },
    ]);
    expect(sink.readModel()).toEqual(['parcel-1@1', 'parcel-2@4']);
  });

  it('applies events that decode', async () => {
    const store = inMemoryEventStore();
    await appendEach(store, ['a-1', 'a-2']);
    const sink = memoryProjectionSink(visits);
    const decoded: string[] = [];
    const runner = projectionRunner({
      store,
      sink,
      name: 'visits',
      decode: (recorded) => {
        decoded.push(recorded.eventId);
        return E.right(recorded.data);
      },
    });
    expect(await runner.catchUp()).toEqual({ handled: 2, checkpoint: 2n });
    expect(decoded).toEqual(['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002']);
    expect(sink.readModel()).toEqual(['a-1@1', 'a-2@2']);
  });

  it('resets to the beginning: an empty store leaves the checkpoint at 0', async () => {
    const sink = memoryProjectionSink(visits);
    expect(await projectionRunner({ store: inMemoryEventStore(), sink, name: 'visits' }).catchUp()).toEqual({
      handled: 0,
      checkpoint: 0n,
    });
    expect(await sink.checkpoint()).toBe(0n);
  });
});
