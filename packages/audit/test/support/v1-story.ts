import { readFileSync } from 'node:fs';
import { foundingStory, foundingStoryParcelId } from '@parcel-claims/core/founding-story';
import { type Actor, type EventStore, inMemoryEventStore } from '@parcel-claims/eventsourcing';
import { parcelStreamId } from '@parcel-claims/service';

interface StoredV1Event {
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: { readonly at: string; readonly commandId: string };
}

/** The founding story's events as schema version 1 wrote them (the core's committed fixture). */
const v1Events: readonly StoredV1Event[] = JSON.parse(
  readFileSync(new URL('../../../core/test/fixtures/v1/founding-story-events.json', import.meta.url), 'utf8'),
);

const isActor = (value: unknown): value is Actor =>
  typeof value === 'object' && value !== null && 'role' in value && 'id' in value;

/** Who sent each command of the founding story, by command id: the actors v1 recorded with its events. */
const actors = new Map<string, Actor>(
  foundingStory.flatMap((command) => {
    const { commandId, actor } = command.data;
    return typeof commandId === 'string' && isActor(actor) ? [[commandId, actor] as const] : [];
  }),
);

/**
 * Appends the founding story as a writer at schema version 1 recorded it (paid CNY 12,980.00,
 * the shipping charge on top of the sum insured), each event with its actor, at schema version 1.
 */
export const writeV1FoundingStory = async (store: EventStore = inMemoryEventStore()): Promise<EventStore> => {
  let n = 0;
  for (const event of v1Events) {
    n += 1;
    const { commandId, at } = event.data;
    await store.append(
      parcelStreamId(foundingStoryParcelId),
      [
        {
          eventId: `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`,
          type: event.type,
          data: event.data,
          metadata: {
            commandId,
            correlationId: commandId,
            causationId: commandId,
            recordedAt: at,
            schemaVersion: event.schemaVersion,
            actor: actors.get(commandId) ?? null,
          },
        },
      ],
      { expectedVersion: 'any' },
    );
  }
  return store;
};
