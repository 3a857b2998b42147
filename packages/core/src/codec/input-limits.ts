/** How large input may be: see {@link inputLimits}. */
export interface InputLimits {
  readonly commandBytes: number;
  readonly depth: number;
  readonly arrayItems: number;
  readonly textLength: number;
  readonly idLength: number;
  readonly policyIdLength: number;
  readonly calendarIdLength: number;
  readonly traceIdLength: number;
  readonly problemsListed: number;
}

/**
 * Every limit on the size of input, in one place. Lengths of text count UTF-16 code units (what
 * JavaScript's `length` counts: an emoji outside the Basic Multilingual Plane takes two).
 *
 * The codecs hold the limits of their fields, so any decoding refuses a longer value at its path,
 * naming the limit and the length found. The structural limits (`commandBytes`, `depth`,
 * `arrayItems`, and `textLength` for any string or field name) are checked by
 * {@link oversizedInputProblem}, which the claims service runs on a command before decoding it.
 */
export const inputLimits = {
  /** UTF-8 bytes of a command as JSON text (as `JSON.stringify` writes it). No valid command comes near. */
  commandBytes: 65_536,
  /** Levels of objects and arrays, the command itself being level 1. Commands use 3. */
  depth: 16,
  /** Items in one array. No command holds an array; the limit bounds the work of refusing one. */
  arrayItems: 1_000,
  /** Free text (`NonEmptyText`), and any string or field name in a command. */
  textLength: 2_000,
  /** Parcel, claim and party ids. */
  idLength: 128,
  /** Policy ids. */
  policyIdLength: 64,
  /** Calendar ids such as `weekends:America/Argentina/ComodRivadavia`. */
  calendarIdLength: 128,
  /** Correlation and causation ids a caller passes with a command. */
  traceIdLength: 256,
  /** Problems listed in a decoding error; any others are counted, not described. */
  problemsListed: 100,
} as const satisfies InputLimits;
