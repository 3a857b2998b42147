import {
  builtInCalendars,
  type ClaimEvent,
  type ClaimsDecider,
  claimsDecider,
  decodeClaimCommand,
  defaultPolicy,
  type ParcelState,
  policyBook,
} from '@parcel-claims/core';
import { commandHandler, inMemoryEventStore, upcasterRegistry } from '@parcel-claims/eventsourcing';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { clockedDecider } from '../src/clocked-decider.js';
import {
  claimSchemaVersion,
  createClaimsService,
  decodeRecordedClaimEvent,
  encodeClaimEvent,
  parcelStreamId,
} from '../src/index.js';
import { input, parcelId } from './support/story.js';

const recordedAt = '2026-11-24T12:00:00.000Z';
const clock = { text: recordedAt, millis: Date.parse(recordedAt) };

/** The core's decider, recording how each history it is given is folded. */
const counting = (calls: string[]): ClaimsDecider => {
  const core = claimsDecider({ policies: policyBook([defaultPolicy]), calendars: builtInCalendars });
  return {
    ...core,
    evolve: (state: ParcelState, event: ClaimEvent) => {
      calls.push(`evolve ${event.type}`);
      return core.evolve(state, event);
    },
    fold: (state: ParcelState, events: readonly ClaimEvent[]) => {
      calls.push(`fold ${events.map((event) => event.type).join(', ')}`);
      return core.fold(state, events);
    },
  };
};

describe('the service decider', () => {
  it('folds a stream it has not cached with one batched fold, then the new events with another', async () => {
    const store = inMemoryEventStore();
    const service = createClaimsService({ store, clock: () => recordedAt });
    await service.bookParcel(input.bookParcel);
    await service.purchaseInsurance(input.purchaseInsurance);
    await service.recordHubArrival(input.recordHubArrival);
    const calls: string[] = [];
    const handle = commandHandler({
      store,
      decider: clockedDecider(counting(calls), 300_000),
      schemaVersionOf: claimSchemaVersion,
      encode: encodeClaimEvent,
      decode: decodeRecordedClaimEvent,
      encodeCommand: ({ command }) => command,
      upcasters: upcasterRegistry({}),
    });
    const ship = decodeClaimCommand({ type: 'ShipParcel', data: input.shipParcel });
    if (E.isLeft(ship)) throw new Error(ship.left.message);
    const outcome = await handle({
      streamId: parcelStreamId(parcelId),
      command: { command: ship.right, clock },
      commandId: ship.right.data.commandId,
      now: recordedAt,
      metadata: {},
    });
    expect(outcome.kind).toBe('appended');
    expect(calls).toEqual([
      'fold ParcelBooked, InsurancePurchased, ParcelReceivedAtHub',
      'fold ParcelShipped',
    ]);
  });
});
