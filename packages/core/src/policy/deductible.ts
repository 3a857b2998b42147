import * as t from 'io-ts';
import { closed } from '../codec/closed.js';
import { DecimalText, Money } from '../money/index.js';

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
