/** The exit codes of every command; docs/audit.md lists them. */
export const exitCodes = {
  /** Done; for `verify`, `audit` and `verify-pack`: nothing wrong found. */
  ok: 0,
  /**
   * Done, and something is wrong: a broken hash chain, a rule violation, a parcel with no events,
   * a log that does not match a checkpoint, a checkpoint the keys do not accept, an evidence pack
   * that does not verify.
   */
  findings: 1,
  /**
   * Wrong usage, a store that cannot be opened or read or is not there (`StoreNotFound`: the
   * read-only commands never create one), a store that keeps no tree, a file that cannot be read
   * or written, a key file that holds no key.
   */
  failure: 2,
} as const;

/** The code the command line exits with: one of `exitCodes`. */
export type ExitCode = (typeof exitCodes)[keyof typeof exitCodes];
