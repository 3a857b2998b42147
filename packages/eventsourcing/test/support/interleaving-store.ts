import type { EventStore } from '../../src/index.js';

/**
 * Wraps a store so that `meanwhile` runs after a writer has read and before its append reaches
 * the store: the window in which a real concurrent writer (using `inner` directly) gets in
 * first. `meanwhile` receives the number of the append call, from 1.
 */
export const interleavingStore = (
  inner: EventStore,
  meanwhile: (appendCall: number) => Promise<void>,
): EventStore => {
  let calls = 0;
  return {
    ...inner,
    append: async (streamId, events, options) => {
      calls += 1;
      await meanwhile(calls);
      return inner.append(streamId, events, options);
    },
  };
};
