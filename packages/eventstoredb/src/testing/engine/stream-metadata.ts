/** The parts of a stream's metadata (`$$stream`) that change what a read returns. */
export interface ReadLimits {
  readonly maxCount: bigint | undefined;
  readonly truncateBefore: bigint | undefined;
}

const integerField = (value: unknown): bigint | undefined =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? BigInt(value) : undefined;

/**
 * Reads `$maxCount` and `$tb` from the JSON of a `$metadata` event. Anything else (ACLs,
 * `$maxAge`, custom keys) is kept but has no effect here.
 */
export const readLimitsOf = (data: Uint8Array | undefined): ReadLimits => {
  if (data === undefined) return { maxCount: undefined, truncateBefore: undefined };
  try {
    const parsed: unknown = JSON.parse(Buffer.from(data).toString('utf8'));
    if (typeof parsed !== 'object' || parsed === null)
      return { maxCount: undefined, truncateBefore: undefined };
    return {
      maxCount: integerField(Reflect.get(parsed, '$maxCount')),
      truncateBefore: integerField(Reflect.get(parsed, '$tb')),
    };
  } catch {
    return { maxCount: undefined, truncateBefore: undefined };
  }
};

/** The metadata JSON with `$tb` set, other keys kept: what a soft delete writes. */
export const withTruncateBefore = (data: Uint8Array | undefined, truncateBefore: bigint): Uint8Array => {
  let base: Record<string, unknown> = {};
  if (data !== undefined) {
    try {
      const parsed: unknown = JSON.parse(Buffer.from(data).toString('utf8'));
      if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
        base = Object.fromEntries(Object.entries(parsed));
      }
    } catch {
      base = {};
    }
  }
  return Buffer.from(JSON.stringify({ ...base, $tb: Number(truncateBefore) }), 'utf8');
};
