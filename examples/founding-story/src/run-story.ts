import { type ClaimEvent, evolve, initialState, type ParcelState } from '@parcel-claims/core';
import { type CommandJson, foundingStoryParcelId as parcelId } from '@parcel-claims/core/founding-story';
import { type EventStore, inMemoryEventStore } from '@parcel-claims/eventsourcing';
import { type ClaimRecord, createClaimsService } from '@parcel-claims/service';

/** One recorded step: the stored event and the state right after it. */
export interface Step {
  readonly record: ClaimRecord;
  readonly event: ClaimEvent;
  readonly state: ParcelState;
}

export interface RunOptions {
  /** Where the events go. Default: a fresh in-memory store. */
  readonly store?: EventStore;
  /**
   * The time written as `recordedAt`. Default: the story's own, each event recorded when its
   * command happened (its `now`), so that an audit as of a date of the story shows what stood
   * then, and every run writes the same events.
   */
  readonly clock?: () => string;
}

/**
 * Sends each command to a claims service on a store, as an HTTP handler would, then reads the
 * parcel's history back and replays it step by step. Commands already in the store (a second run
 * on the same store) are answered as already applied and written nothing twice.
 */
export const runStory = async (
  commands: readonly CommandJson[],
  options: RunOptions = {},
): Promise<Step[]> => {
  let storyTime = '';
  const service = createClaimsService({
    store: options.store ?? inMemoryEventStore(),
    clock: options.clock ?? (() => storyTime),
  });
  for (const command of commands) {
    storyTime = String(command.data.now);
    const result = await service.execute(command);
    if (result.kind === 'invalid') throw new Error(result.error.message);
    if (result.kind === 'rejected') throw new Error(result.rejection.message);
    if (result.kind === 'command-id-reused') throw new Error(result.message);
  }
  const steps: Step[] = [];
  let state = initialState;
  for (const record of await service.history(parcelId)) {
    state = evolve(state, record.event);
    steps.push({ record, event: record.event, state });
  }
  return steps;
};
