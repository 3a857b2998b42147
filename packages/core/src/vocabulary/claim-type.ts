import * as t from 'io-ts';

/**
 * Loss is non-delivery; damage is a delivered parcel whose goods arrived damaged; partial loss is a
 * delivery that left pieces behind; missing contents are goods gone from a delivered piece; theft
 * after delivery is a parcel recorded as delivered that the buyer never received.
 */
export const ClaimType = t.keyof({
  loss: null,
  damage: null,
  'partial-loss': null,
  'missing-contents': null,
  'theft-after-delivery': null,
});
export type ClaimType = t.TypeOf<typeof ClaimType>;
