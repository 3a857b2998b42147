import { type Shelf, shelves } from './shelves.js';

/** A parcel waiting on a shelf. */
export interface HeldParcel {
  readonly parcelId: string;
  readonly since: string;
  readonly reminders: number;
}

/** The pickup point: what each shelf holds, in shelving order, and what has left it. */
export interface PickupPoint {
  readonly shelves: Readonly<Record<Shelf, readonly HeldParcel[]>>;
  readonly handedOver: number;
  readonly returned: number;
}

export const emptyPickupPoint: PickupPoint = {
  shelves: { A: [], B: [], C: [], D: [] },
  handedOver: 0,
  returned: 0,
};

/** The shelf holding a parcel, and the parcel as held; undefined when no shelf holds it. */
export const findParcel = (
  state: PickupPoint,
  parcelId: string,
): { readonly shelf: Shelf; readonly parcel: HeldParcel } | undefined => {
  for (const shelf of shelves) {
    const parcel = state.shelves[shelf].find((held) => held.parcelId === parcelId);
    if (parcel !== undefined) return { shelf, parcel };
  }
  return undefined;
};
