import type { Shelf } from './shelves.js';

/** Why a command was refused: a value naming the rule and the values involved. */
export type PickupRejection =
  | { readonly type: 'ParcelAlreadyHeld'; readonly parcelId: string; readonly shelf: Shelf }
  | { readonly type: 'ShelfFull'; readonly shelf: Shelf; readonly capacity: number }
  | { readonly type: 'ParcelNotHeld'; readonly parcelId: string }
  | { readonly type: 'RemindersExhausted'; readonly parcelId: string; readonly reminders: number }
  | {
      readonly type: 'ReturnTooEarly';
      readonly parcelId: string;
      readonly reminders: number;
      readonly required: number;
    };
