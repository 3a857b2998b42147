import { type ClaimEvent, evolve, initialState, type ParcelState } from '@parcel-claims/core';
import { inMemoryEventStore } from '@parcel-claims/eventsourcing';
import { type ClaimRecord, createClaimsService } from '@parcel-claims/service';
import { type CommandJson, parcelId } from './story.js';

/** One recorded step: the stored event and the state right after it. */
export interface Step {
  readonly record: ClaimRecord;
  readonly event: ClaimEvent;
  readonly state: ParcelState;
}

/**
 * Sends each command to a claims service on an in-memory store, as an HTTP handler would, then
 * reads the parcel's history back and replays it step by step.
 */
export const runStory = async (
  commands: readonly CommandJson[],
  clock: () => string = () => new Date().toISOString(),
): Promise<Step[]> => {
  const service = createClaimsService({ store: inMemoryEventStore(), clock });
  for (const command of commands) {
    const result = await service.execute(command);
    if (result.kind === 'invalid') throw new Error(result.error.message);
    if (result.kind === 'rejected') throw new Error(result.rejection.message);
  }
  const steps: Step[] = [];
  let state = initialState;
  for (const record of await service.history(parcelId)) {
    state = evolve(state, record.event);
    steps.push({ record, event: record.event, state });
  }
  return steps;
};
