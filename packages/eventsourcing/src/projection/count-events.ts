import type { EventStore } from '../store/event-store.js';
import type { RecordedEvent } from '../store/recorded-event.js';

/**
 * How many events after `after` match: the port has no count, so this reads them, which costs
 * as much as the events it counts.
 */
export const countEventsAfter = async (
  store: EventStore,
  after: bigint,
  matches: (event: RecordedEvent) => boolean,
  batchSize: number,
): Promise<number> => {
  let count = 0;
  for await (const batch of store.readAll({ after, batchSize })) {
    for (const event of batch) if (matches(event)) count += 1;
  }
  return count;
};
