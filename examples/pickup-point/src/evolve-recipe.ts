import type { Draft } from 'immer';
import type { PickupEvent } from './events.js';
import type { HeldParcel, PickupPoint } from './state.js';

const removeParcel = (shelf: Draft<HeldParcel>[], parcelId: string): void => {
  const index = shelf.findIndex((held) => held.parcelId === parcelId);
  if (index !== -1) shelf.splice(index, 1);
};

/**
 * The pickup point's evolve as an immer recipe: it changes the draft in place, and immer makes
 * the new state, sharing every shelf the event did not touch. Compare {@link evolveByHand}.
 */
export const evolveRecipe = (draft: Draft<PickupPoint>, event: PickupEvent): void => {
  const { parcelId, shelf } = event.data;
  switch (event.type) {
    case 'ParcelShelved':
      draft.shelves[shelf].push({ parcelId, since: event.data.at, reminders: 0 });
      return;
    case 'RecipientReminded': {
      const held = draft.shelves[shelf].find((parcel) => parcel.parcelId === parcelId);
      if (held !== undefined) held.reminders = event.data.reminder;
      return;
    }
    case 'ParcelHandedOver':
      removeParcel(draft.shelves[shelf], parcelId);
      draft.handedOver += 1;
      return;
    case 'ParcelReturned':
      removeParcel(draft.shelves[shelf], parcelId);
      draft.returned += 1;
      return;
  }
};
