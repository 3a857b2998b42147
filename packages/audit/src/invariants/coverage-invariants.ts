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

/** C1: positive amounts; the pieces sum to the goods value; insured value bounded by the goods value. */
export const c1CoverageTerms: Invariant = {
  rule: 'C1',
  statement:
    "positive amounts; the pieces' goods values sum to the goods value; insured value at most the goods value (plus covered shipping), converted where currencies differ",
  check: collect('C1', (event, before) => {
    if (event.type === 'ParcelBooked') {
      const { goodsValue, pieces } = event.data;
      if (goodsValue.minorUnits <= 0) return 'goods value is not positive';
      if (pieces.some((piece) => piece.goodsValue.currency !== goodsValue.currency))
        return 'a piece valued in another currency than the goods value';
      if (pieces.reduce((sum, piece) => sum + piece.goodsValue.minorUnits, 0) !== goodsValue.minorUnits)
        return "the pieces' goods values do not sum to the goods value";
    }
    if (event.type === 'InsurancePurchased' && before.booking !== null) {
      const goods = before.booking.goodsValue;
      const { insuredValue, premium, conversions, coversShippingCost } = event.data;
      if (insuredValue.minorUnits <= 0 || premium.minorUnits <= 0)
        return 'insured value or premium not positive';
      const shipping = before.booking.shippingCost;
      const inCoverage = (amount: typeof goods): number | undefined =>
        amount.currency === insuredValue.currency
          ? amount.minorUnits
          : conversions.find(
              (c) => c.from.currency === amount.currency && c.from.minorUnits === amount.minorUnits,
            )?.to.minorUnits;
      const goodsIn = inCoverage(goods);
      const shippingIn = coversShippingCost ? inCoverage(shipping) : 0;
      if (goodsIn === undefined || shippingIn === undefined)
        return 'the goods value or shipping cost is in another currency and no conversion is recorded';
      if (insuredValue.minorUnits > goodsIn + shippingIn)
        return 'insured value above the goods value and covered shipping';
    }
    return undefined;
  }),
};
