import type * as t from 'io-ts';
import { closed } from '../codec/closed.js';
import { NonEmptyText } from '../ids.js';
import { LocalDate } from '../time/local-date.js';
import { CurrencyCode } from './currency.js';
import { DecimalText } from './decimal-text.js';

/**
 * How many units of `to` one Special Drawing Right buys, as `source` (the IMF) published it for
 * `date`. The SDR has no minor unit, so it is no {@link CurrencyCode} of its own.
 */
export const SdrRate = closed(
  { to: CurrencyCode, rate: DecimalText, date: LocalDate, source: NonEmptyText },
  'SdrRate',
);
export type SdrRate = t.TypeOf<typeof SdrRate>;
