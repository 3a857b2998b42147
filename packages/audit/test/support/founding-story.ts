import { type CommandJson, foundingStory, foundingStoryParcelId } from '@parcel-claims/core/founding-story';
import { type EventStore, inMemoryEventStore } from '@parcel-claims/eventsourcing';
import { type ClaimRecord, createClaimsService } from '@parcel-claims/service';

/** Writes commands to a store, each event recorded at the time of its command; every one must be accepted. */
export const writeStory = async (
  commands: readonly CommandJson[],
  store: EventStore = inMemoryEventStore(),
) => {
  let now = '';
  const service = createClaimsService({ store, clock: () => now });
  for (const command of commands) {
    now = String(command.data.now);
    const result = await service.execute(command);
    if (result.kind !== 'accepted') throw new Error(`story step refused: ${JSON.stringify(result)}`);
  }
  const records: readonly ClaimRecord[] = await service.history(foundingStoryParcelId);
  return { store, service, records };
};

/** Writes the founding story (a loss claim paid on time). */
export const writeFoundingStory = (store?: EventStore) => writeStory(foundingStory, store);
