/** Where a caught-up position must lie, the bounds a test can know even on a shared store. */
export interface CaughtUpBounds {
  /** The position of the last event the subscription had passed, or its start position. */
  readonly atLeast: bigint;
  /** The position of the first event it had yet to deliver, if any. */
  readonly below?: bigint;
}

/**
 * What is wrong with the caught-up positions a subscription gave: there must be exactly one, at
 * or after everything it had passed (else resuming from it repeats events) and before what it
 * had yet to deliver (else resuming from it skips events). `[]` when all is well.
 */
export const caughtUpProblems = (positions: readonly bigint[], bounds: CaughtUpBounds): readonly string[] => {
  const [position, ...more] = positions;
  if (position === undefined) return ['no caught-up message'];
  const problems: string[] = [];
  if (more.length > 0) problems.push(`${positions.length} caught-up messages`);
  if (position < bounds.atLeast)
    problems.push(`caught up at ${position}, before ${bounds.atLeast}, already passed`);
  if (bounds.below !== undefined && position >= bounds.below) {
    problems.push(`caught up at ${position}, not before ${bounds.below}, still to deliver`);
  }
  return problems;
};
