/** A value as indented JSON, bigints written as decimal strings. */
export const jsonText = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v), 2);
