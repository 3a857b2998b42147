import * as t from 'io-ts';
import { DayCount } from '../calendar/index.js';
import { closed } from '../codec/closed.js';
import { nullable } from '../codec/nullable.js';
import { PartyId } from '../ids.js';
import { DecimalText } from '../money/decimal-text.js';
import { LocalDate } from '../time/local-date.js';

/** What a carrier's notice window runs from: the insurer's acceptance, the delivery, or the inquiry. */
export const NoticeStart = t.keyof({ acceptance: null, delivery: null, inquiry: null });
export type NoticeStart = t.TypeOf<typeof NoticeStart>;

/** A notice window: so many calendar days from its start, in the payer calendar. */
export const NoticeWindow = closed({ days: DayCount, from: NoticeStart }, 'NoticeWindow');
export type NoticeWindow = t.TypeOf<typeof NoticeWindow>;

/** The windows a carrier contract gives for a written claim: one for damage, one for every other claim. */
export const NoticeTerms = closed({ loss: NoticeWindow, damage: NoticeWindow }, 'NoticeTerms');
export type NoticeTerms = t.TypeOf<typeof NoticeTerms>;

/** One carrier's contract: its id and the notice windows it gives. */
export const CarrierContract = closed(
  { carrierId: PartyId, loss: NoticeWindow, damage: NoticeWindow },
  'CarrierContract',
);
export type CarrierContract = t.TypeOf<typeof CarrierContract>;

/** The contracts a policy knows, and the terms for every carrier without one. */
export const CarrierContracts = closed(
  { default: NoticeTerms, carriers: t.array(CarrierContract) },
  'CarrierContracts',
);
export type CarrierContracts = t.TypeOf<typeof CarrierContracts>;

/** The international regimes that cap a carrier's liability per weight (and per parcel). */
export const LiabilityRegime = t.keyof({ montreal: null, cmr: null, upu: null });
export type LiabilityRegime = t.TypeOf<typeof LiabilityRegime>;

/**
 * The figures of one regime from `effectiveFrom` until the next entry of the same regime: SDR per
 * kilogram of the pieces lost or damaged, plus SDR per parcel where the regime counts one.
 */
export const RegimeFigures = closed(
  {
    regime: LiabilityRegime,
    effectiveFrom: LocalDate,
    sdrPerKg: DecimalText,
    sdrPerParcel: nullable(DecimalText),
    source: t.string,
  },
  'RegimeFigures',
);
export type RegimeFigures = t.TypeOf<typeof RegimeFigures>;
