/**
 * The neighbouring pairs of `values` that do not strictly increase: `[]` when the sequence
 * strictly increases, and otherwise the offending pairs, which make a readable failure.
 */
export const notIncreasing = (values: readonly bigint[]): readonly (readonly [bigint, bigint])[] =>
  values.flatMap((value, index) => {
    const previous = values[index - 1];
    return previous !== undefined && value <= previous ? [[previous, value] as const] : [];
  });
