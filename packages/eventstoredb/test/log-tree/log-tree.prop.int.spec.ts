import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { freshStream, sampleEvent } from '../support/sample-events.js';
import { openStore, standInForFile } from '../support/stand-in-fixture.js';
import { expectedTree, ownTreeOptions, storedTree, wholeLog } from './tree-support.js';

const standIn = standInForFile();

/** Append `count` + 1 events to stream `stream` through store `by`, or ask store `by` for the tree head. */
type Step =
  | { readonly kind: 'append'; readonly by: 0 | 1; readonly stream: 0 | 1 | 2; readonly count: number }
  | { readonly kind: 'head'; readonly by: 0 | 1 };

const stepArbitrary: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('append' as const),
    by: fc.constantFrom(0 as const, 1 as const),
    stream: fc.constantFrom(0 as const, 1 as const, 2 as const),
    count: fc.integer({ min: 0, max: 3 }),
  }),
  fc.record({ kind: fc.constant('head' as const), by: fc.constantFrom(0 as const, 1 as const) }),
);

// Few runs: every step is several gRPC calls to the stand-in.
describe('the log tree on the EventStoreDB stand-in, after generated appends', () => {
  it('equals the tree computed from readAll, for both stores and for a store that starts afresh', async () => {
    const { connectionString } = await standIn();
    await fc.assert(
      fc.asyncProperty(fc.array(stepArbitrary, { minLength: 1, maxLength: 16 }), async (steps) => {
        const options = ownTreeOptions();
        const stores = [openStore(connectionString, options), openStore(connectionString, options)] as const;
        const streams = [freshStream('parcel'), freshStream('parcel'), freshStream('parcel')] as const;
        try {
          for (const [i, step] of steps.entries()) {
            const { store } = stores[step.by];
            if (step.kind === 'head') {
              await store.tree.head();
              continue;
            }
            const first = sampleEvent(10 * i);
            const rest = Array.from({ length: step.count }, (_, k) => sampleEvent(10 * i + k + 1));
            await store.append(streams[step.stream], [first, ...rest], { expectedVersion: 'any' });
          }
          const log = await wholeLog(stores[0].store);
          const fresh = openStore(connectionString, options);
          try {
            const trees = [
              await storedTree(stores[0].store.tree, log),
              await storedTree(stores[1].store.tree, log),
              await storedTree(fresh.store.tree, log),
            ];
            expect(trees).toEqual([expectedTree(log), expectedTree(log), expectedTree(log)]);
          } finally {
            await fresh.dispose();
          }
        } finally {
          await Promise.all(stores.map((each) => each.dispose()));
        }
      }),
      { numRuns: 10 },
    );
  });
});
