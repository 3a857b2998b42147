import * as t from 'io-ts';

export interface CountryCodeBrand {
  readonly CountryCode: unique symbol;
}

/** ISO 3166-1 alpha-2 country code, upper case (`CN`, `DE`). */
export const CountryCode = t.brand(
  t.string,
  (s): s is t.Branded<string, CountryCodeBrand> => /^[A-Z]{2}$/.test(s),
  'CountryCode',
);
export type CountryCode = t.TypeOf<typeof CountryCode>;
