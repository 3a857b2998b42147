import type { EventStore, RecordedEvent } from '@parcel-claims/eventsourcing';
import { fullLossDossier, type Step, scenarioStore, shipped } from '../support/scenario.js';
import { allEvents } from '../support/table-rows.js';

/**
 * The events of `parcels` parcels shipped and their full loss dossiers, written through the claims service with the
 * parcels' commands taken in turn, so their streams interleave in the log.
 */
export const dossierEvents = async (parcels: number): Promise<readonly RecordedEvent[]> => {
  const dossiers = Array.from({ length: parcels }, (_, n) => {
    const carrier = n % 2 === 0 ? 'sky-cargo' : 'sea-freight';
    const day = 1 + (n % 5);
    return [
      ...shipped(`W${n}`, n % 3 === 0 ? 'seller-a' : 'seller-b', carrier, day),
      ...fullLossDossier(`W${n}`, carrier, day + 15),
    ];
  });
  const longest = Math.max(...dossiers.map((steps) => steps.length));
  const steps: Step[] = [];
  for (let turn = 0; turn < longest; turn += 1)
    for (const dossier of dossiers) {
      const step = dossier[turn];
      if (step !== undefined) steps.push(step);
    }
  return allEvents(await scenarioStore(steps));
};

/**
 * Appends recorded events to another store one at a time, each at its revision: the streams
 * side by side, each stream's events in order, so the streams interleave in the log.
 */
export const copyEvents = async (store: EventStore, events: readonly RecordedEvent[]): Promise<void> => {
  const streams = new Map<string, RecordedEvent[]>();
  for (const event of events) streams.set(event.streamId, [...(streams.get(event.streamId) ?? []), event]);
  await Promise.all([...streams.values()].map((stream) => copyStream(store, stream)));
};

const copyStream = async (store: EventStore, events: readonly RecordedEvent[]): Promise<void> => {
  for (const event of events) {
    const { commandId, correlationId, causationId, recordedAt, schemaVersion, actor, commandDigest } =
      event.metadata;
    await store.append(
      event.streamId,
      [
        {
          eventId: event.eventId,
          type: event.type,
          data: event.data,
          metadata: {
            commandId,
            correlationId,
            causationId,
            recordedAt,
            schemaVersion,
            actor,
            ...(commandDigest === undefined ? {} : { commandDigest }),
          },
        },
      ],
      { expectedVersion: event.revision === 0n ? 'no_stream' : event.revision - 1n },
    );
  }
};
