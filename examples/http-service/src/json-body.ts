/** JSON text of a value, with bigints (revisions, positions) written as decimal strings. */
export const jsonBody = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
