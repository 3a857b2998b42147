import type { PickupEvent } from './events.js';
import type { Shelf } from './shelves.js';
import type { HeldParcel, PickupPoint } from './state.js';

const withShelf = (
  state: PickupPoint,
  shelf: Shelf,
  parcels: readonly HeldParcel[],
): PickupPoint['shelves'] => ({
  ...state.shelves,
  [shelf]: parcels,
});

/**
 * The same evolve as {@link evolveRecipe}, written by hand with spreads: every event copies the
 * state and the shelf it changes. The benchmark folds with both.
 */
export const evolveByHand = (state: PickupPoint, event: PickupEvent): PickupPoint => {
  const { parcelId, shelf } = event.data;
  const parcels = state.shelves[shelf];
  switch (event.type) {
    case 'ParcelShelved':
      return {
        ...state,
        shelves: withShelf(state, shelf, [...parcels, { parcelId, since: event.data.at, reminders: 0 }]),
      };
    case 'RecipientReminded': {
      const { reminder } = event.data;
      const reminded = parcels.map((held) =>
        held.parcelId === parcelId ? { ...held, reminders: reminder } : held,
      );
      return { ...state, shelves: withShelf(state, shelf, reminded) };
    }
    case 'ParcelHandedOver': {
      const left = parcels.filter((held) => held.parcelId !== parcelId);
      return { ...state, shelves: withShelf(state, shelf, left), handedOver: state.handedOver + 1 };
    }
    case 'ParcelReturned': {
      const left = parcels.filter((held) => held.parcelId !== parcelId);
      return { ...state, shelves: withShelf(state, shelf, left), returned: state.returned + 1 };
    }
  }
};
