/** One value of the state that an event changed: where, what it was, what it became. */
export interface StateChange {
  /** A JSON path into the state, e.g. `$.claim.documents[2].status`. */
  readonly path: string;
  /** `undefined` when the value did not exist before. */
  readonly before: unknown;
  /** `undefined` when the value no longer exists. */
  readonly after: unknown;
}

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Every leaf where `after` differs from `before`, depth first, keys in order. A value that appears
 * or disappears as a whole (a claim opening, a booking) is one change at its own path.
 */
export const stateChanges = (
  before: unknown,
  after: unknown,
  path = '$',
  skip: ReadonlySet<string> = new Set(),
): StateChange[] => {
  if (Object.is(before, after)) return [];
  if (Array.isArray(before) && Array.isArray(after)) {
    const length = Math.max(before.length, after.length);
    return Array.from({ length }, (_, i) => stateChanges(before[i], after[i], `${path}[${i}]`, skip)).flat();
  }
  if (isRecord(before) && isRecord(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
      (key) => !skip.has(`${path}.${key}`),
    );
    return keys.flatMap((key) => stateChanges(before[key], after[key], `${path}.${key}`, skip));
  }
  return [{ path, before, after }];
};
