import * as t from 'io-ts';

/** Loss is non-delivery; damage is a delivered parcel whose goods arrived damaged. */
export const ClaimType = t.keyof({ loss: null, damage: null });
export type ClaimType = t.TypeOf<typeof ClaimType>;
