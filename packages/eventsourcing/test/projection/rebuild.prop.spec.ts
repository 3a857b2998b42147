import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inMemoryEventStore, memoryProjectionSink, projectionRunner } from '../../src/index.js';
import { appendEach, logOf, visits } from './projection-fixtures.js';

describe('projection runner: rebuild (property)', () => {
  it('a rebuild equals the read model built incrementally, whatever the batches and catch-up points', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.constantFrom('a-1', 'a-2', 'b-1'), fc.boolean()), { maxLength: 40 }),
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 1, max: 7 }),
        async (steps, incrementalBatch, rebuildBatch) => {
          const store = inMemoryEventStore();
          const incremental = memoryProjectionSink(visits);
          const runner = projectionRunner({
            store,
            sink: incremental,
            name: 'visits',
            batchSize: incrementalBatch,
          });
          let n = 1;
          for (const [streamId, catchUpAfter] of steps) {
            await appendEach(store, [streamId], n);
            n += 1;
            if (catchUpAfter) await runner.catchUp();
          }
          await runner.catchUp();

          const rebuilt = memoryProjectionSink(visits);
          await projectionRunner({ store, sink: rebuilt, name: 'visits', batchSize: rebuildBatch }).rebuild();
          expect(rebuilt.readModel()).toEqual(incremental.readModel());
          expect(incremental.readModel()).toEqual(await logOf(store));
          expect(await rebuilt.checkpoint()).toBe(await incremental.checkpoint());
        },
      ),
    );
  });
});
