import { type CurrencyCode, MinorUnits, type Money } from '@parcel-claims/core';
import * as t from 'io-ts';
import { UnexpectedReadModelRow } from './unexpected-read-model-row.js';

/** A codec that also accepts null. */
export const nullable = <C extends t.Mixed>(codec: C) => t.union([codec, t.null]);

/** Every claim status, as read back from a table. */
export const ClaimStatusCodec = t.keyof({
  'gathering-documents': null,
  submitted: null,
  'needs-action': null,
  accepted: null,
  'approved-partial': null,
  paid: null,
  rejected: null,
  lapsed: null,
  withdrawn: null,
});

/** A bigint sent as decimal text (sums may pass what a JSON number holds exactly). */
export const BigintText = new t.Type<bigint, string, unknown>(
  'BigintText',
  (value): value is bigint => typeof value === 'bigint',
  (value, context) =>
    typeof value === 'string' && /^-?\d+$/.test(value) ? t.success(BigInt(value)) : t.failure(value, context),
  (value) => value.toString(),
);

/** Minor units kept in a bigint column, read back as decimal text. */
export const MinorUnitsText = new t.Type<MinorUnits, string, unknown>(
  'MinorUnitsText',
  MinorUnits.is,
  (value, context) => {
    const units = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : Number.NaN;
    return MinorUnits.is(units) ? t.success(units) : t.failure(value, context);
  },
  (value) => value.toString(),
);

/**
 * A Money kept in two columns, minor units and currency, both null for no amount; one without
 * the other is a row no read model writes.
 */
export const moneyOf = (
  table: string,
  column: string,
  minorUnits: MinorUnits | null,
  currency: CurrencyCode | null,
): Money | null => {
  if (minorUnits === null && currency === null) return null;
  if (minorUnits === null || currency === null)
    throw new UnexpectedReadModelRow({
      table,
      reason: `${column} has an amount without a currency or the reverse`,
    });
  return { minorUnits, currency };
};

/** SQL for a nullable Money as JSON, from its minor-units and currency columns. */
export const moneyJson = (minor: string, currency: string): string =>
  `CASE WHEN ${minor} IS NULL THEN NULL ELSE json_build_object('minorUnits', ${minor}, 'currency', ${currency}) END`;
