import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbHistory } from '../../src/history/arb-history.js';
import { historyPaths } from '../../src/history/paths.js';
import { checkHistory } from '../../src/invariants/index.js';

describe('the invariant catalogue over generated histories', () => {
  for (const path of historyPaths)
    it(`finds no violation on ${path} histories`, () => {
      fc.assert(
        fc.property(arbHistory({ path }), (history) => {
          expect(checkHistory(history.events)).toEqual([]);
        }),
        { numRuns: 150 },
      );
    });
});
