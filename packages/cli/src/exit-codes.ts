/**
 * The exit codes of every command, one meaning each, so that a script can tell the evidence
 * (1) from its own mistake (2) and from a failure to do the work at all (3). The CLI README and
 * docs/audit.md list what falls under each.
 */
export const exitCodes = {
  /** Done; for the commands that check (`audit`, `verify`, `verify-pack`): nothing wrong found. */
  ok: 0,
  /**
   * Done, and something is wrong or missing: a broken hash chain, an event that no longer decodes,
   * a rule violation, a parcel with no events, a store that is not where the URL points
   * (`StoreNotFound`), a log that does not match a checkpoint, a checkpoint the keys do not
   * accept, an evidence pack that does not verify.
   */
  findings: 1,
  /**
   * Wrong usage: an unknown command or option, a missing or bad value, options that do not go
   * together, a store URL or schema name that is not one, a store that cannot do what was asked
   * (keeps no tree, no read models), a file named on the command line that cannot be read or
   * written or does not hold what it should.
   */
  usage: 2,
  /**
   * The work could not be done: the store cannot be reached or opened (refused, unreachable, in
   * use by another process, its driver missing), or an unexpected error.
   */
  internal: 3,
} as const;

/** The code the command line exits with: one of `exitCodes`. */
export type ExitCode = (typeof exitCodes)[keyof typeof exitCodes];
