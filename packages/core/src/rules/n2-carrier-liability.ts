import * as E from 'fp-ts/lib/Either.js';
import { localDateOf, PositiveInteger } from '../calendar/index.js';
import { because, type Rejection } from '../decider/rejection.js';
import type { Booking, Claim } from '../decider/state.js';
import type { ClaimTerms } from '../decider/terms.js';
import type { LiabilityBasis } from '../events/liability-basis.js';
import type { ParcelId } from '../ids.js';
import { DecimalText, exactDecimal, powerOfTen } from '../money/decimal-text.js';
import { divideHalfEven } from '../money/half-even.js';
import { currencyExponent, type ExchangeRate, type Money } from '../money/index.js';
import { isMinorUnits } from '../money/money.js';
import type { SdrRate } from '../money/sdr-rate.js';
import type { LiabilityRegime, RegimeFigures } from '../policy/carrier-terms.js';
import type { Instant } from '../time/instant.js';
import type { LocalDate } from '../time/local-date.js';
import { inCurrency } from './conversions.js';
import type { Finding } from './rule.js';

/** What the carrier's liability is assessed under: a regime, or the value declared for carriage. */
export type LiabilityChoice = LiabilityRegime | 'declared-value';

/** N2: the figures of `regime` in force on `date`: the latest entry of the policy's table that took effect by then. */
export const figuresInForce = (
  table: readonly RegimeFigures[],
  regime: LiabilityRegime,
  date: LocalDate,
): RegimeFigures | null =>
  table
    .filter((f) => f.regime === regime && f.effectiveFrom <= date)
    .reduce<RegimeFigures | null>(
      (latest, f) => (latest === null || f.effectiveFrom > latest.effectiveFrom ? f : latest),
      null,
    );

/** The weight of the pieces a claim names, from the booking. */
export const claimedWeightGrams = (booking: Booking, claim: Claim): number =>
  booking.pieces.filter((p) => claim.pieceIds.includes(p.pieceId)).reduce((sum, p) => sum + p.weightGrams, 0);

const decimalTextOf = (numerator: bigint, scale: number): string => {
  const digits = numerator.toString().padStart(scale + 1, '0');
  const point = digits.length - scale;
  const fraction = digits.slice(point).replace(/0+$/, '');
  return fraction === '' ? digits.slice(0, point) : `${digits.slice(0, point)}.${fraction}`;
};

/**
 * N2: `sdrPerParcel` plus `sdrPerKg` per kilogram of `weightGrams`, exactly, as a numerator over
 * 10^scale; whole numbers only, nothing passes through a float.
 */
export const regimeSdr = (
  figures: RegimeFigures,
  weightGrams: number,
): { numerator: bigint; scale: number } => {
  const perKg = exactDecimal(figures.sdrPerKg);
  const perParcel =
    figures.sdrPerParcel === null ? { numerator: 0n, scale: 0 } : exactDecimal(figures.sdrPerParcel);
  const scale = Math.max(perParcel.scale, perKg.scale + 3);
  return {
    numerator:
      perParcel.numerator * powerOfTen(scale - perParcel.scale) +
      perKg.numerator * BigInt(weightGrams) * powerOfTen(scale - perKg.scale - 3),
    scale,
  };
};

interface Assessed {
  readonly basis: LiabilityBasis;
  readonly cap: Money;
}

const overflow: Rejection = {
  code: 'AmountOverflow',
  rule: 'N2',
  field: '$.data.sdrRate',
  message: because('N2', 'the liability cap overflows the safe integer range'),
};

const byRegime = (
  regime: LiabilityRegime,
  sdrRate: SdrRate | null,
  carriageDate: LocalDate,
  weightGrams: number,
  terms: ClaimTerms,
): E.Either<Rejection, Assessed> => {
  const currency = terms.coverage.insuredValue.currency;
  if (sdrRate === null)
    return E.left({
      code: 'SdrRateMissing',
      rule: 'N2',
      regime,
      message: because('N2', `the ${regime} regime caps in SDR; an SDR rate into ${currency} is needed`),
    });
  if (sdrRate.to !== currency)
    return E.left({
      code: 'CurrencyMismatch',
      rule: 'N2',
      field: '$.data.sdrRate.to',
      expected: currency,
      found: sdrRate.to,
      message: because('N2', `the SDR rate is into ${sdrRate.to}; the coverage is in ${currency}`),
    });
  const figures = figuresInForce(terms.policy.parameters.carrierLiability.value, regime, carriageDate);
  if (figures === null)
    return E.left({
      code: 'NoRegimeFigures',
      rule: 'N2',
      regime,
      carriageDate,
      message: because('N2', `the policy has no ${regime} figures in force on ${carriageDate}`),
    });
  const sdr = regimeSdr(figures, weightGrams);
  const rate = exactDecimal(sdrRate.rate);
  const minorUnits = Number(
    divideHalfEven(
      sdr.numerator * rate.numerator * powerOfTen(currencyExponent(currency)),
      powerOfTen(sdr.scale + rate.scale),
    ),
  );
  const sdrText = decimalTextOf(sdr.numerator, sdr.scale);
  if (!isMinorUnits(minorUnits) || !DecimalText.is(sdrText) || !PositiveInteger.is(weightGrams))
    return E.left(overflow);
  return E.right({
    basis: {
      kind: 'regime',
      regime,
      effectiveFrom: figures.effectiveFrom,
      sdrPerKg: figures.sdrPerKg,
      sdrPerParcel: figures.sdrPerParcel,
      weightGrams,
      sdr: sdrText,
      sdrRate,
    },
    cap: { minorUnits, currency },
  });
};

const byDeclaredValue = (
  booking: Booking,
  parcelId: ParcelId | null,
  claim: Claim,
  rates: readonly ExchangeRate[],
  terms: ClaimTerms,
): E.Either<Rejection, Assessed> => {
  const carriageValue = booking.carriageValue;
  if (carriageValue === null)
    return E.left({
      code: 'NoCarriageValue',
      rule: 'N2',
      parcelId,
      message: because(
        'N2',
        `parcel ${parcelId ?? '(unnamed)'} was booked without a value declared for carriage`,
      ),
    });
  const converted = inCurrency(
    'N2',
    '$.data.rates',
    carriageValue,
    terms.coverage.insuredValue.currency,
    rates,
    {
      around: localDateOf(terms.calendar, claim.openedAt),
      toleranceDays: terms.policy.parameters.exchangeRateTolerance.value,
    },
  );
  if (E.isLeft(converted)) return converted;
  return E.right({
    basis: { kind: 'declared-value', carriageValue, conversion: converted.right.conversion },
    cap: converted.right.amount,
  });
};

/**
 * N2: the carrier's liability cap in the coverage currency, for the claimed pieces: a regime's
 * figures in force on the day of dispatch (payer calendar) times their weight, at the SDR rate the
 * command brings, rounded half-even to the minor unit; or the value declared for carriage.
 */
export const liabilityFound: Finding<
  {
    readonly booking: Booking;
    readonly claim: Claim;
    readonly terms: ClaimTerms;
    readonly shippedAt: Instant;
    readonly state: { readonly parcelId: ParcelId | null };
    readonly command: {
      readonly data: {
        readonly regime: LiabilityChoice;
        readonly sdrRate: SdrRate | null;
        readonly rates: readonly ExchangeRate[];
      };
    };
  },
  Assessed
> = {
  steps: [{ rule: 'N2', name: 'liability cap computed' }],
  find: ({ booking, claim, terms, shippedAt, state, command }) => {
    const { regime, sdrRate, rates } = command.data;
    return regime === 'declared-value'
      ? byDeclaredValue(booking, state.parcelId, claim, rates, terms)
      : byRegime(
          regime,
          sdrRate,
          localDateOf(terms.calendar, shippedAt),
          claimedWeightGrams(booking, claim),
          terms,
        );
  },
};
