let kept: unknown;

/** Holds on to a benchmark's result so the compiler cannot drop the work that produced it. */
export const keep = (value: unknown): void => {
  kept = value;
};

/** The last value kept; read once at the end so the store to `kept` is observable. */
export const lastKept = (): unknown => kept;
