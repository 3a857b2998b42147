import { CommandHandler, type Event, type EventStore, getInMemoryEventStore } from '@event-driven-io/emmett';
import {
  builtInCalendars,
  type ClaimEvent,
  claimsDecider,
  decodeClaimCommand,
  defaultPolicy,
  initialState,
  type ParcelState,
  policyBook,
} from '@parcel-claims/core';
import { parcelStreamId } from '@parcel-claims/service';
import * as E from 'fp-ts/lib/Either.js';
import type { ParcelTemplate } from '../fixtures/parcel-template.js';
import type { Execute } from './parcel-runner.js';

type JsonEvent = Event<string, Record<string, unknown>>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Emmett's in-memory event store with the claim workload of `parcels` parcels appended. */
export const emmettStore = async (template: ParcelTemplate, from: number, parcels: number) => {
  const store = getInMemoryEventStore();
  for (let parcel = from; parcel < from + parcels; parcel += 1) {
    const { streamId, batches } = template.appendsFor(parcel);
    for (const batch of batches) {
      const events: JsonEvent[] = batch.map(({ type, data }) => ({ type, data: isRecord(data) ? data : {} }));
      await store.appendToStream(streamId, events);
    }
  }
  return store;
};

/**
 * The same claims decider behind Emmett's command handler on any of Emmett's stores (in memory,
 * PostgreSQL), decoding commands at the edge like the claims service does. Emmett's handler
 * throws for a rejected command; none is rejected here.
 */
export const emmettExecute = (store: EventStore): Execute => {
  const decider = claimsDecider({ policies: policyBook([defaultPolicy]), calendars: builtInCalendars });
  const handle = CommandHandler<ParcelState, ClaimEvent>({
    evolve: decider.evolve,
    initialState: () => initialState,
  });
  return async (input) => {
    const command = decodeClaimCommand(input);
    if (E.isLeft(command)) throw new Error(command.left.message);
    await handle(store, parcelStreamId(command.right.data.parcelId), (state) => {
      const decision = decider.decide(command.right, state);
      if (E.isLeft(decision)) throw new Error(decision.left.message);
      return [...decision.right];
    });
  };
};
