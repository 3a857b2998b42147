import type { RecordedEvent } from '@parcel-claims/eventsourcing';

/** Every batch `readAll` yields, in order. */
export const collectBatches = async (
  batches: AsyncIterable<readonly RecordedEvent[]>,
): Promise<readonly (readonly RecordedEvent[])[]> => {
  const collected: (readonly RecordedEvent[])[] = [];
  for await (const batch of batches) collected.push(batch);
  return collected;
};
