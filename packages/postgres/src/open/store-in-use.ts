/**
 * An embedded (PGlite) store directory is held by another process. PGlite is single-process: two
 * processes on one directory would lose acknowledged events, so the second opener is refused.
 * Stop the process that holds it (its pid is given), or use a PostgreSQL server for several
 * processes.
 */
export class StoreInUse extends Error {
  override readonly name = 'StoreInUse';
  /** The store directory, as an absolute path. */
  readonly directory: string;
  /** The process id of the holder. */
  readonly holderPid: number;

  constructor(details: { readonly directory: string; readonly holderPid: number }) {
    super(
      `The store in ${details.directory} is in use by process ${details.holderPid}: an embedded store is opened by one process at a time; stop that process or use a PostgreSQL server.`,
    );
    this.directory = details.directory;
    this.holderPid = details.holderPid;
  }
}
