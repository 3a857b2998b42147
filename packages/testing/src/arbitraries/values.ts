import {
  ContentHash,
  type CurrencyCode,
  currencyCodes,
  currencyExponent,
  type Instant,
  instantFromMillis,
  type Money,
  money,
} from '@parcel-claims/core';
import fc from 'fast-check';

const DAY = 86_400_000;
const from2025 = Date.UTC(2025, 0, 1);
const to2026 = Date.UTC(2026, 11, 31, 23, 59, 59, 999);

/** Instants across 2025–2026 (the years the China calendar covers), to the millisecond. */
export const arbInstant = (
  range: { readonly min?: number; readonly max?: number } = {},
): fc.Arbitrary<Instant> =>
  fc.integer({ min: range.min ?? from2025, max: range.max ?? to2026 }).map(instantFromMillis);

/** A duration in milliseconds between `minDays` and `maxDays`. */
export const arbDuration = (minDays: number, maxDays: number): fc.Arbitrary<number> =>
  fc.integer({ min: Math.round(minDays * DAY), max: Math.round(maxDays * DAY) });

/** Every active ISO 4217 currency. */
export const arbCurrency: fc.Arbitrary<CurrencyCode> = fc.constantFrom(...currencyCodes);

/** Currencies with 0, 2, 3 and 4 decimal places, to exercise every exponent class. */
export const arbCurrencyByExponent: fc.Arbitrary<CurrencyCode> = fc.constantFrom(
  ...(['CNY', 'USD', 'EUR', 'JPY', 'KRW', 'BHD', 'KWD', 'CLF'] as const),
);

/**
 * An amount in the given currency between `minMajor` and `maxMajor` major units (default 1 to
 * 100 000), in whole minor units: 12.34 CNY is 1234, 1 200 JPY is 1200, 1.005 BHD is 1005.
 */
export const arbMoneyIn = (
  currency: CurrencyCode,
  { minMajor = 1, maxMajor = 100_000 }: { readonly minMajor?: number; readonly maxMajor?: number } = {},
): fc.Arbitrary<Money> => {
  const scale = 10 ** currencyExponent(currency);
  return fc.integer({ min: minMajor * scale, max: maxMajor * scale }).map((minor) => money(minor, currency));
};

/** A positive amount in a currency of any exponent class, up to ten million minor units. */
export const arbMoney: fc.Arbitrary<Money> = fc
  .tuple(arbCurrencyByExponent, fc.integer({ min: 1, max: 10_000_000 }))
  .map(([currency, minor]) => money(minor, currency));

/** A parcel, claim or party id as the codecs accept them. */
export const arbId = (prefix: string): fc.Arbitrary<string> =>
  fc.stringMatching(/^[A-Za-z0-9]{1,12}$/).map((suffix) => `${prefix}-${suffix}`);

/** A lower-case UUID v4, as command ids are. */
export const arbCommandId: fc.Arbitrary<string> = fc.uuid({ version: 4 });

const isContentHash = (s: string): s is ContentHash => ContentHash.is(s);

/** A SHA-256 document hash, `sha256:` and 64 hex digits. (The filter only narrows the type; it never rejects.) */
export const arbContentHash: fc.Arbitrary<ContentHash> = fc
  .stringMatching(/^[0-9a-f]{64}$/)
  .map((hex) => `sha256:${hex}`)
  .filter(isContentHash);

/** Where a document is kept: a storage path or URL. */
export const arbDocumentReference: fc.Arbitrary<string> = fc
  .stringMatching(/^[a-z0-9-]{1,20}$/)
  .map((name) => `dossier/${name}.pdf`);
