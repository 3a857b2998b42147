import type { Shelf } from './shelves.js';

/** What the counter staff ask of the pickup point. The time arrives on the command, as everywhere. */
export type PickupCommand =
  | {
      readonly type: 'ShelveParcel';
      readonly data: { readonly parcelId: string; readonly shelf: Shelf; readonly at: string };
    }
  | { readonly type: 'RemindRecipient'; readonly data: { readonly parcelId: string; readonly at: string } }
  | { readonly type: 'HandOverParcel'; readonly data: { readonly parcelId: string; readonly at: string } }
  | { readonly type: 'ReturnToSender'; readonly data: { readonly parcelId: string; readonly at: string } };
