import * as t from 'io-ts';
import { PositiveInteger } from '../calendar/index.js';
import { closed } from '../codec/closed.js';
import { nullable } from '../codec/nullable.js';
import { DecimalText } from '../money/decimal-text.js';
import { Conversion } from '../money/exchange.js';
import { Money } from '../money/index.js';
import { SdrRate } from '../money/sdr-rate.js';
import { LiabilityRegime } from '../policy/carrier-terms.js';
import { LocalDate } from '../time/local-date.js';

/**
 * How a carrier's liability cap was reached: a regime's figures (in force since `effectiveFrom`)
 * times the weight of the claimed pieces, `sdr` Special Drawing Rights exactly, at the SDR rate;
 * or the value declared for carriage, converted when it is in another currency.
 */
export const LiabilityBasis = t.union([
  closed(
    {
      kind: t.literal('regime'),
      regime: LiabilityRegime,
      effectiveFrom: LocalDate,
      sdrPerKg: DecimalText,
      sdrPerParcel: nullable(DecimalText),
      weightGrams: PositiveInteger,
      sdr: DecimalText,
      sdrRate: SdrRate,
    },
    'RegimeBasis',
  ),
  closed(
    { kind: t.literal('declared-value'), carriageValue: Money, conversion: nullable(Conversion) },
    'DeclaredValueBasis',
  ),
]);
export type LiabilityBasis = t.TypeOf<typeof LiabilityBasis>;
