// The testing kit as a user's vitest suite uses it, from the installed tarball: given/when/then on the
// claims decider, a property over reachable histories with the invariant catalogue, and the
// EventStore contract suite on the in-memory store.
import {
  builtInCalendars,
  type ClaimCommand,
  type ClaimEvent,
  claimsDecider,
  decodeClaimCommand,
  decodeClaimEvent,
  defaultPolicy,
  initialState,
  policyBook,
} from '@parcel-claims/core';
import { foundingStory } from '@parcel-claims/core/founding-story';
import { inMemoryEventStore } from '@parcel-claims/eventsourcing';
import { arbHistory, checkHistory, deciderSpec, eventStoreContract } from '@parcel-claims/testing';
import fc from 'fast-check';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';

const decider = claimsDecider({ policies: policyBook([defaultPolicy]), calendars: builtInCalendars });

const decoded = (input: unknown): ClaimCommand => {
  const command = decodeClaimCommand(input);
  if (E.isLeft(command)) throw new Error(command.left.message);
  return command.right;
};

/** An expected event written as JSON: the codecs give it its branded types. */
const event = (input: unknown): ClaimEvent => {
  const decodedEvent = decodeClaimEvent(input);
  if (E.isLeft(decodedEvent)) throw new Error(decodedEvent.left.message);
  return decodedEvent.right;
};

/** The events of the founding story's commands but the last, each decided on the state before it. */
const historyBeforePayment = (): ClaimEvent[] => {
  const events: ClaimEvent[] = [];
  let state = initialState;
  for (const input of foundingStory.slice(0, -1)) {
    const decision = decider.decide(decoded(input), state);
    if (E.isLeft(decision)) throw new Error(decision.left.message);
    events.push(...decision.right);
    state = decision.right.reduce(decider.evolve, state);
  }
  return events;
};

describe('the testing kit, installed', () => {
  it('given the founding story to acceptance, when the insurer pays, then ClaimPaid', () => {
    const payment = foundingStory.at(-1);
    deciderSpec(decider)
      .given(historyBeforePayment())
      .when(decoded(payment))
      .thenEmits([
        event({
          type: 'ClaimPaid',
          data: {
            at: '2026-02-24T06:00:00.000Z',
            commandId: '7f1d0c3e-0000-4000-8000-000000000018',
            claimId: 'TSS-CLAIM-0001',
            amount: { minorUnits: 1_280_000, currency: 'CNY' },
            paymentReference: 'PI-PAYOUT-2026-0213-01',
            payee: { role: 'seller', partyId: 'seller-a' },
            method: 'bank-transfer',
          },
        }),
      ]);
  });

  it('finds no rule broken in reachable histories that end in a payout', () => {
    fc.assert(
      fc.property(arbHistory({ path: 'happy-payout', noise: 4 }), (history) => {
        expect(checkHistory(history.events)).toEqual([]);
      }),
      { numRuns: 25 },
    );
  });
});

eventStoreContract('the in-memory store, installed', async () => ({ store: inMemoryEventStore() }));
