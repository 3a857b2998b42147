import { foldEvents } from '@parcel-claims/eventsourcing';
import fc from 'fast-check';
import * as E from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import {
  type PickupCommand,
  type PickupEvent,
  pickupPoint,
  pickupPointByHand,
  shelves,
} from '../src/index.js';

const parcelIds = [
  'P-1',
  'P-2',
  'P-3',
  'P-4',
  'P-5',
  'P-6',
  'P-7',
  'P-8',
  'P-9',
  'P-10',
  'P-11',
  'P-12',
  'P-13',
];
const at = '2026-03-02T08:00:00Z';

const arbCommand = fc.oneof(
  fc
    .record({ parcelId: fc.constantFrom(...parcelIds), shelf: fc.constantFrom(...shelves) })
    .map(({ parcelId, shelf }): PickupCommand => ({ type: 'ShelveParcel', data: { parcelId, shelf, at } })),
  fc
    .constantFrom(...parcelIds)
    .map((parcelId): PickupCommand => ({ type: 'RemindRecipient', data: { parcelId, at } })),
  fc
    .constantFrom(...parcelIds)
    .map((parcelId): PickupCommand => ({ type: 'HandOverParcel', data: { parcelId, at } })),
  fc
    .constantFrom(...parcelIds)
    .map((parcelId): PickupCommand => ({ type: 'ReturnToSender', data: { parcelId, at } })),
);

/** The events the commands cause, each decided on the state the events before it fold to: a reachable history. */
const historyOf = (commands: readonly PickupCommand[]): readonly PickupEvent[] => {
  const events: PickupEvent[] = [];
  let state = pickupPointByHand.initialState;
  for (const command of commands) {
    const decision = pickupPointByHand.decide(command, state);
    if (E.isRight(decision)) {
      events.push(...decision.right);
      state = decision.right.reduce(pickupPointByHand.evolve, state);
    }
  }
  return events;
};

describe('the immer recipe and the hand-written evolve fold every reachable history alike', () => {
  it('in one produce, event by event, and from a state folded half way', () => {
    fc.assert(
      fc.property(fc.array(arbCommand, { maxLength: 80 }), fc.nat(), (commands, cut) => {
        const history = historyOf(commands);
        const byHand = foldEvents(pickupPointByHand, pickupPointByHand.initialState, history);
        const split = history.length === 0 ? 0 : cut % history.length;
        const halfWay = foldEvents(pickupPoint, pickupPoint.initialState, history.slice(0, split));
        expect(foldEvents(pickupPoint, pickupPoint.initialState, history)).toEqual(byHand);
        expect(history.reduce(pickupPoint.evolve, pickupPoint.initialState)).toEqual(byHand);
        expect(foldEvents(pickupPoint, halfWay, history.slice(split))).toEqual(byHand);
      }),
      { numRuns: 300 },
    );
  });
});
