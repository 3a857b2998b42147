import { foldEvents } from '@parcel-claims/eventsourcing';
import { deciderSpec } from '@parcel-claims/testing';
import { describe, expect, it } from 'vitest';
import { type PickupEvent, pickupPoint, pickupPointByHand } from '../src/index.js';

const at = '2026-03-02T08:00:00Z';
const later = '2026-03-09T08:00:00Z';
const shelved = (parcelId: string, shelf: 'A' | 'B' = 'A'): PickupEvent => ({
  type: 'ParcelShelved',
  data: { parcelId, shelf, at },
});
const reminded = (parcelId: string, reminder: number): PickupEvent => ({
  type: 'RecipientReminded',
  data: { parcelId, shelf: 'A', reminder, at: later },
});

const spec = deciderSpec(pickupPoint);

describe('the pickup point decides', () => {
  it('shelves a parcel on the shelf named', () => {
    spec
      .given([])
      .when({ type: 'ShelveParcel', data: { parcelId: 'P-1', shelf: 'B', at } })
      .thenEmits([{ type: 'ParcelShelved', data: { parcelId: 'P-1', shelf: 'B', at } }]);
  });

  it('refuses a parcel it already holds, naming its shelf', () => {
    spec
      .given([shelved('P-1', 'B')])
      .when({ type: 'ShelveParcel', data: { parcelId: 'P-1', shelf: 'A', at } })
      .thenRejects({ type: 'ParcelAlreadyHeld', parcelId: 'P-1', shelf: 'B' });
  });

  it('refuses a fourth parcel on a shelf, and takes it on another', () => {
    const full = [shelved('P-1'), shelved('P-2'), shelved('P-3')];
    spec
      .given(full)
      .when({ type: 'ShelveParcel', data: { parcelId: 'P-4', shelf: 'A', at } })
      .thenRejects({ type: 'ShelfFull', shelf: 'A', capacity: 3 });
    spec
      .given(full)
      .when({ type: 'ShelveParcel', data: { parcelId: 'P-4', shelf: 'B', at } })
      .thenEmits([{ type: 'ParcelShelved', data: { parcelId: 'P-4', shelf: 'B', at } }]);
  });

  it('counts reminders, two at most', () => {
    spec
      .given([shelved('P-1'), reminded('P-1', 1)])
      .when({ type: 'RemindRecipient', data: { parcelId: 'P-1', at: later } })
      .thenEmits([reminded('P-1', 2)]);
    spec
      .given([shelved('P-1'), reminded('P-1', 1), reminded('P-1', 2)])
      .when({ type: 'RemindRecipient', data: { parcelId: 'P-1', at: later } })
      .thenRejects({ type: 'RemindersExhausted', parcelId: 'P-1', reminders: 2 });
  });

  it('returns a parcel to its sender only after two reminders', () => {
    spec
      .given([shelved('P-1'), reminded('P-1', 1)])
      .when({ type: 'ReturnToSender', data: { parcelId: 'P-1', at: later } })
      .thenRejects({ type: 'ReturnTooEarly', parcelId: 'P-1', reminders: 1, required: 2 });
    spec
      .given([shelved('P-1'), reminded('P-1', 1), reminded('P-1', 2)])
      .when({ type: 'ReturnToSender', data: { parcelId: 'P-1', at: later } })
      .thenEmits([{ type: 'ParcelReturned', data: { parcelId: 'P-1', shelf: 'A', at: later } }]);
  });

  it('hands over a parcel it holds, and refuses one it does not', () => {
    spec
      .given([shelved('P-1', 'B')])
      .when({ type: 'HandOverParcel', data: { parcelId: 'P-1', at: later } })
      .thenEmits([{ type: 'ParcelHandedOver', data: { parcelId: 'P-1', shelf: 'B', at: later } }]);
    spec
      .given([
        shelved('P-1', 'B'),
        { type: 'ParcelHandedOver', data: { parcelId: 'P-1', shelf: 'B', at: later } },
      ])
      .when({ type: 'HandOverParcel', data: { parcelId: 'P-1', at: later } })
      .thenRejects({ type: 'ParcelNotHeld', parcelId: 'P-1' });
  });
});

describe('the immer recipe folds', () => {
  const history: readonly PickupEvent[] = [
    shelved('P-1'),
    shelved('P-2'),
    shelved('P-3', 'B'),
    reminded('P-1', 1),
    reminded('P-1', 2),
    { type: 'ParcelReturned', data: { parcelId: 'P-1', shelf: 'A', at: later } },
    { type: 'ParcelHandedOver', data: { parcelId: 'P-3', shelf: 'B', at: later } },
    reminded('P-2', 1),
  ];
  const expected = {
    shelves: { A: [{ parcelId: 'P-2', since: at, reminders: 1 }], B: [], C: [], D: [] },
    handedOver: 1,
    returned: 1,
  };

  it('a history to exactly this state, in one produce or event by event, as the hand-written evolve does', () => {
    expect(foldEvents(pickupPoint, pickupPoint.initialState, history)).toEqual(expected);
    expect(history.reduce(pickupPoint.evolve, pickupPoint.initialState)).toEqual(expected);
    expect(foldEvents(pickupPointByHand, pickupPointByHand.initialState, history)).toEqual(expected);
  });

  it('into a frozen state, leaving the initial state as it was', () => {
    const state = foldEvents(pickupPoint, pickupPoint.initialState, history);
    expect([Object.isFrozen(state), Object.isFrozen(state.shelves.A)]).toEqual([true, true]);
    expect(pickupPoint.initialState).toEqual({
      shelves: { A: [], B: [], C: [], D: [] },
      handedOver: 0,
      returned: 0,
    });
  });

  it('sharing the shelves an event did not touch with the state before', () => {
    const before = foldEvents(pickupPoint, pickupPoint.initialState, history.slice(0, 3));
    const after = pickupPoint.evolve(before, reminded('P-1', 1));
    expect([after.shelves.A === before.shelves.A, after.shelves.B === before.shelves.B]).toEqual([
      false,
      true,
    ]);
  });
});
