import { claimEventTypes } from '@parcel-claims/core';
import { type EventStore, inMemoryEventStore } from '@parcel-claims/eventsourcing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertClaimsModel, claimsModelProperty } from '../../src/model/index.js';

/** An in-memory store that tallies the types of the events appended to it. */
const tallyingStore = (tally: Map<string, number>): EventStore => {
  const store = inMemoryEventStore();
  return {
    ...store,
    append: (streamId, events, options) => {
      for (const event of events) tally.set(event.type, (tally.get(event.type) ?? 0) + 1);
      return store.append(streamId, events, options);
    },
  };
};

describe('the claims service on the in-memory store', () => {
  it('answers every generated command as the model expects, and folds to the model', async () => {
    await assertClaimsModel(async () => ({ store: inMemoryEventStore() }), { numRuns: 50 });
    // A passing suite takes seconds; the limit leaves room for shrinking a failure, which replays
    // long runs many times, so that its seed, path and story still get printed.
  }, 120_000);

  it('reaches every event the service writes, so no rule is left unexercised by the generator', async () => {
    const tally = new Map<string, number>();
    // A fixed seed keeps this check about the generator's reach from depending on luck.
    await fc.assert(
      claimsModelProperty(async () => ({ store: tallyingStore(tally) })),
      { numRuns: 40, seed: 20_260_214 },
    );
    // The model's parties act in their own names: delegations are held by the history properties (P2);
    // information requests and appeals by the properties of the steps of a decision (K2, K3).
    const unmodelled: readonly string[] = [
      'DelegationGranted',
      'DelegationRevoked',
      'InformationRequested',
      'InformationProvided',
      'ClaimReopened',
    ];
    const modelled = claimEventTypes.filter((type) => !unmodelled.includes(type));
    expect(modelled.filter((type) => (tally.get(type) ?? 0) === 0)).toEqual([]);
  }, 120_000);
});
