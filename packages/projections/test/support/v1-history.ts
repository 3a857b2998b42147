import { readFileSync } from 'node:fs';
import { claimSchemaVersion, claimUpcasters } from '@parcel-claims/core';
import { type EventStore, inMemoryEventStore } from '@parcel-claims/eventsourcing';
import { parcelStreamId } from '@parcel-claims/service';

interface StoredV1Event {
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: { readonly at: string; readonly commandId: string };
}

/** The founding story's events as schema version 1 wrote them (the core's committed fixture). */
export const v1FoundingStory: readonly StoredV1Event[] = JSON.parse(
  readFileSync(new URL('../../../core/test/fixtures/v1/founding-story-events.json', import.meta.url), 'utf8'),
);

const parcelId = 'TSS-2026-000042';

/** The same history lifted to today's schema by the upcasters, as a writer today would record it. */
const lifted = (event: StoredV1Event): { readonly data: unknown; readonly schemaVersion: number } => {
  let data: unknown = event.data;
  for (let version = event.schemaVersion; version < claimSchemaVersion(event.type); version += 1) {
    const upcaster = claimUpcasters[event.type]?.[version];
    if (upcaster === undefined) throw new Error(`no upcaster for ${event.type} from version ${version}`);
    data = upcaster(data);
  }
  return { data, schemaVersion: claimSchemaVersion(event.type) };
};

/**
 * A store holding the v1 founding story: as written at schema version 1 (`upcast: false`), or
 * lifted to today's schema before it was appended (`upcast: true`).
 */
export const v1Store = async (options: { readonly upcast: boolean }): Promise<EventStore> => {
  const store = inMemoryEventStore();
  let n = 0;
  for (const event of v1FoundingStory) {
    n += 1;
    const { data, schemaVersion } = options.upcast
      ? lifted(event)
      : { data: event.data, schemaVersion: event.schemaVersion };
    await store.append(
      parcelStreamId(parcelId),
      [
        {
          eventId: `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`,
          type: event.type,
          data,
          metadata: {
            commandId: event.data.commandId,
            correlationId: event.data.commandId,
            causationId: event.data.commandId,
            recordedAt: event.data.at,
            schemaVersion,
            actor: null,
          },
        },
      ],
      { expectedVersion: 'any' },
    );
  }
  return store;
};
