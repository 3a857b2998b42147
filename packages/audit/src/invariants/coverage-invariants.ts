import { collect } from './collect.js';
import type { Invariant } from './invariant.js';

/** R3: insured before dispatch, and a claim only for an insured, dispatched parcel. */
export const r3InsuredBeforeDispatch: Invariant = {
  rule: 'R3',
  statement:
    'a claim exists only for a parcel insured before it left the processing centre and actually shipped',
  check: collect('R3', (event, before) => {
    if (event.type === 'InsurancePurchased') {
      if (before.coverage !== null) return 'insured a second time';
      if (before.shippedAt !== null)
        return `insured at ${event.data.at}, after dispatch at ${before.shippedAt}`;
    }
    if (event.type === 'InquiryOpened' && (before.coverage === null || before.shippedAt === null))
      return 'an inquiry on a parcel that is not insured or not dispatched';
    return undefined;
  }),
};

/** C1: one currency per parcel, positive amounts, insured value at most the declared value. */
export const c1CoverageTerms: Invariant = {
  rule: 'C1',
  statement: 'positive amounts in one currency; insured value at most the declared value',
  check: collect('C1', (event, before) => {
    if (event.type === 'ParcelBooked') {
      const { declaredValue, shippingCost } = event.data;
      if (declaredValue.minorUnits <= 0) return 'declared value is not positive';
      if (shippingCost.currency !== declaredValue.currency) return 'shipping cost in another currency';
    }
    if (event.type === 'InsurancePurchased' && before.booking !== null) {
      const declared = before.booking.declaredValue;
      const { insuredValue, premium, deductible } = event.data;
      if ([insuredValue, premium, deductible].some((m) => m.currency !== declared.currency))
        return 'coverage amounts in another currency than the parcel';
      if (insuredValue.minorUnits <= 0 || premium.minorUnits <= 0)
        return 'insured value or premium not positive';
      if (insuredValue.minorUnits > declared.minorUnits) return 'insured value above the declared value';
    }
    return undefined;
  }),
};
