import { type ClaimEvent, claimEventTypes, decodeClaimEvent } from '@parcel-claims/core';
import { type EventStore, type EventToAppend, inMemoryEventStore } from '@parcel-claims/eventsourcing';
import fc from 'fast-check';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { assertClaimsModel, claimsModelProperty } from '../../src/model/index.js';

/** The paths beyond the event types that the model must reach: pieces, currencies, parties. */
const pathsOf = (event: ClaimEvent, appended: EventToAppend): readonly string[] => {
  const actor = appended.metadata.actor;
  const paths: string[] = [];
  if (actor !== null && actor.role === 'seller' && actor.id.startsWith('forwarder-'))
    paths.push('a forwarder acting for the seller');
  switch (event.type) {
    case 'ParcelBooked':
      if (event.data.pieces.length > 1) paths.push('a parcel of several pieces');
      if (event.data.sellerId === 'seller-2') paths.push('a second seller');
      return paths;
    case 'InsurancePurchased':
      if (event.data.conversions.length > 0) paths.push('a coverage in another currency than the goods');
      if (event.data.insurerId === 'insurer-2') paths.push('a second insurer');
      return paths;
    case 'ParcelHandedToCarrier':
      if (event.data.carrierId === 'carrier-2') paths.push('a second carrier');
      return paths;
    case 'InquiryOpened':
      if (event.data.claimType === 'partial-loss') paths.push('a partial-loss claim');
      return paths;
    case 'ClaimAccepted':
      if (event.data.breakdown.insuredShare !== null)
        paths.push('a cap at the claimed pieces’ insured share');
      if (event.data.breakdown.provenConversions.length > 0) paths.push('a proven loss converted at a rate');
      return paths;
    default:
      return paths;
  }
};

const reachable = [
  'a forwarder acting for the seller',
  'a parcel of several pieces',
  'a second seller',
  'a coverage in another currency than the goods',
  'a second insurer',
  'a second carrier',
  'a partial-loss claim',
  'a cap at the claimed pieces’ insured share',
  'a proven loss converted at a rate',
];

/** An in-memory store that tallies the types of the events appended to it, and the paths they show. */
const tallyingStore = (tally: Map<string, number>): EventStore => {
  const store = inMemoryEventStore();
  const count = (key: string) => tally.set(key, (tally.get(key) ?? 0) + 1);
  return {
    ...store,
    append: (streamId, events, options) => {
      for (const appended of events) {
        count(appended.type);
        const decoded = decodeClaimEvent({ type: appended.type, data: appended.data });
        if (E.isRight(decoded)) for (const path of pathsOf(decoded.right, appended)) count(path);
        else count(`undecodable ${appended.type}`);
      }
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

  it('reaches every event the service writes and every path of pieces, currencies and parties', async () => {
    const tally = new Map<string, number>();
    // A fixed seed keeps this check about the generator's reach from depending on luck.
    await fc.assert(
      claimsModelProperty(async () => ({ store: tallyingStore(tally) })),
      { numRuns: 150, seed: 20_260_214 },
    );
    // The model's stories end at the payment: what follows it (N1–N4) is held by the history
    // properties and the core's tests, but for what its deadline checks and deliveries write;
    // information requests and appeals by the properties of the steps of a decision (K2, K3).
    const leftOut: readonly string[] = [
      'CarrierNotified',
      'CarrierLiabilityAssessed',
      'RecoveryFiled',
      'RecoveryReceived',
      'RecoveryClosed',
      'ParcelFoundAfterPayout',
      'ClaimRepaid',
      'GoodsSurrendered',
      'SalvageElectionOverdue',
      'InformationRequested',
      'InformationProvided',
      'ClaimReopened',
    ];
    const modelled = claimEventTypes.filter((type) => !leftOut.includes(type));
    expect(modelled.filter((type) => (tally.get(type) ?? 0) === 0)).toEqual([]);
    expect(reachable.filter((path) => (tally.get(path) ?? 0) === 0)).toEqual([]);
    expect([...tally.keys()].filter((key) => key.startsWith('undecodable'))).toEqual([]);
  }, 120_000);
});
