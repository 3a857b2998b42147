/** The exit codes of every command; docs/audit.md lists them. */
export const exitCodes = {
  /** Done; for `verify` and `audit`: nothing wrong found. */
  ok: 0,
  /** Done, and something is wrong: a broken hash chain, a rule violation, a parcel with no events. */
  findings: 1,
  /**
   * Wrong usage, a store that cannot be opened or read or is not there (`StoreNotFound`: the
   * read-only commands never create one), a file that cannot be written.
   */
  failure: 2,
} as const;

export type ExitCode = (typeof exitCodes)[keyof typeof exitCodes];
