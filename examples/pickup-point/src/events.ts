import type { Shelf } from './shelves.js';

/** What happened at the pickup point. */
export type PickupEvent =
  | {
      readonly type: 'ParcelShelved';
      readonly data: { readonly parcelId: string; readonly shelf: Shelf; readonly at: string };
    }
  | {
      readonly type: 'RecipientReminded';
      readonly data: {
        readonly parcelId: string;
        readonly shelf: Shelf;
        /** 1 for the first reminder. */
        readonly reminder: number;
        readonly at: string;
      };
    }
  | {
      readonly type: 'ParcelHandedOver';
      readonly data: { readonly parcelId: string; readonly shelf: Shelf; readonly at: string };
    }
  | {
      readonly type: 'ParcelReturned';
      readonly data: { readonly parcelId: string; readonly shelf: Shelf; readonly at: string };
    };
