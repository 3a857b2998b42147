import type { RecordedEvent } from '../../src/index.js';

/** Every batch an async iterable of batches yields. */
export const collectBatches = async (
  batches: AsyncIterable<readonly RecordedEvent[]>,
): Promise<readonly (readonly RecordedEvent[])[]> => {
  const collected: (readonly RecordedEvent[])[] = [];
  for await (const batch of batches) collected.push(batch);
  return collected;
};
