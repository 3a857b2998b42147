import * as E from 'fp-ts/lib/Either.js';
import type { PickupCommand } from './commands.js';
import type { PickupEvent } from './events.js';
import type { PickupRejection } from './rejections.js';
import { remindersBeforeReturn, shelfCapacity } from './shelves.js';
import { findParcel, type PickupPoint } from './state.js';

/**
 * Decides a command against the pickup point: the events it causes, or the rule that refuses it.
 *
 * @example
 * decidePickup({ type: 'HandOverParcel', data: { parcelId: 'P-1', at } }, emptyPickupPoint);
 * // left({ type: 'ParcelNotHeld', parcelId: 'P-1' })
 */
export const decidePickup = (
  command: PickupCommand,
  state: PickupPoint,
): E.Either<PickupRejection, readonly PickupEvent[]> => {
  const { parcelId, at } = command.data;
  const found = findParcel(state, parcelId);
  switch (command.type) {
    case 'ShelveParcel': {
      const { shelf } = command.data;
      // A parcel sits on one shelf at a time.
      if (found !== undefined) return E.left({ type: 'ParcelAlreadyHeld', parcelId, shelf: found.shelf });
      // A shelf holds at most shelfCapacity parcels.
      if (state.shelves[shelf].length >= shelfCapacity)
        return E.left({ type: 'ShelfFull', shelf, capacity: shelfCapacity });
      return E.right([{ type: 'ParcelShelved', data: { parcelId, shelf, at } }]);
    }
    case 'RemindRecipient': {
      if (found === undefined) return E.left({ type: 'ParcelNotHeld', parcelId });
      const { reminders } = found.parcel;
      // The recipient is reminded remindersBeforeReturn times at most.
      if (reminders >= remindersBeforeReturn)
        return E.left({ type: 'RemindersExhausted', parcelId, reminders });
      return E.right([
        { type: 'RecipientReminded', data: { parcelId, shelf: found.shelf, reminder: reminders + 1, at } },
      ]);
    }
    case 'HandOverParcel':
      if (found === undefined) return E.left({ type: 'ParcelNotHeld', parcelId });
      return E.right([{ type: 'ParcelHandedOver', data: { parcelId, shelf: found.shelf, at } }]);
    case 'ReturnToSender': {
      if (found === undefined) return E.left({ type: 'ParcelNotHeld', parcelId });
      const { reminders } = found.parcel;
      // A parcel goes back only after remindersBeforeReturn reminders.
      if (reminders < remindersBeforeReturn)
        return E.left({ type: 'ReturnTooEarly', parcelId, reminders, required: remindersBeforeReturn });
      return E.right([{ type: 'ParcelReturned', data: { parcelId, shelf: found.shelf, at } }]);
    }
  }
};
