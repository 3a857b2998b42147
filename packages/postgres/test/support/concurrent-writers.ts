import { setTimeout as sleep } from 'node:timers/promises';
import type { EventStore, RecordedEvent } from '@parcel-claims/eventsourcing';
import { sampleEvent } from './sample-event.js';

/**
 * Each writer appends `perWriter` events, one at a time: every third to one stream all writers
 * share (with `any`, so they race for its head), the others to a stream of its own at the
 * revision it last wrote. `onAppended(index, n)` runs after each append. Resolves with the ids
 * each writer appended.
 */
export const writeFromEach = (
  writers: readonly EventStore[],
  prefix: string,
  perWriter: number,
  onAppended: (index: number, n: number) => void = () => undefined,
): Promise<readonly string[][]> =>
  Promise.all(
    writers.map(async (writer, index) => {
      const ids: string[] = [];
      let revision = -1n;
      for (let n = 0; n < perWriter; n += 1) {
        const event = sampleEvent(index * 1000 + n);
        ids.push(event.eventId);
        if (n % 3 === 0) {
          await writer.append(`${prefix}shared`, [event], { expectedVersion: 'any' });
        } else {
          const result = await writer.append(`${prefix}own-${index}`, [event], {
            expectedVersion: revision < 0n ? 'no_stream' : revision,
          });
          revision = result.nextExpectedRevision;
        }
        onAppended(index, n);
      }
      return ids;
    }),
  );

/**
 * Reads the log from its own checkpoint again and again, as a projection runner would, keeping
 * the events of streams starting with `prefix`, until it has read the event with id `lastId()`.
 */
export const followLog = async (
  store: EventStore,
  prefix: string,
  lastId: () => string | undefined,
): Promise<readonly RecordedEvent[]> => {
  const events: RecordedEvent[] = [];
  let after = 0n;
  const done = () => {
    const last = lastId();
    return last !== undefined && events.some((event) => event.eventId === last);
  };
  while (!done()) {
    for await (const batch of store.readAll({ after, batchSize: 7 })) {
      for (const event of batch) {
        if (event.streamId.startsWith(prefix)) events.push(event);
        after = event.position;
      }
    }
    await sleep(3);
  }
  return events;
};
