import * as t from 'io-ts';
import { closed } from '../codec/closed.js';
import { DecimalText, formatMoney, Money } from '../money/index.js';

/**
 * What a coverage takes off every payout: nothing, a fixed amount in the coverage currency, or a
 * percentage of the limit (rounded half-even to the minor unit) but never less than a minimum.
 */
export const Deductible = t.union([
  closed({ kind: t.literal('none') }),
  closed({ kind: t.literal('amount'), amount: Money }),
  closed({ kind: t.literal('percentage'), percent: DecimalText, minimum: Money }),
]);
export type Deductible = t.TypeOf<typeof Deductible>;

/** The deductible for people to read: `none`, `CNY 50.00`, `2.5% of the limit, at least CNY 50.00`. */
export const describeDeductible = (deductible: Deductible): string => {
  switch (deductible.kind) {
    case 'none':
      return 'none';
    case 'amount':
      return formatMoney(deductible.amount);
    case 'percentage':
      return `${deductible.percent}% of the limit, at least ${formatMoney(deductible.minimum)}`;
  }
};
