import * as t from 'io-ts';

/** A codec that also accepts null. */
export const nullable = <C extends t.Mixed>(codec: C) => t.union([codec, t.null]);

/** Every claim status, as read back from a table. */
export const ClaimStatusCodec = t.keyof({
  'gathering-documents': null,
  submitted: null,
  accepted: null,
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

/** SQL for a nullable Money as JSON, from its minor-units and currency columns. */
export const moneyJson = (minor: string, currency: string): string =>
  `CASE WHEN ${minor} IS NULL THEN NULL ELSE json_build_object('minorUnits', ${minor}, 'currency', ${currency}) END`;
