/**
 * A PGlite store cannot be created at a path: it is a file, or a directory that holds other
 * files and no PGlite database. A store is created only in a new or empty directory, so a typo
 * never scatters a database among someone else's files.
 */
export class NotAStoreDirectory extends Error {
  override readonly name = 'NotAStoreDirectory';
  /** The path, absolute. */
  readonly directory: string;
  /** What is there instead, e.g. `a file` or `3 entries and no PGlite database (no PG_VERSION)`. */
  readonly found: string;

  constructor(details: { readonly directory: string; readonly found: string }) {
    super(
      `Cannot create a store in ${details.directory}: it is ${details.found}. Give a new or empty directory, or the directory of an existing store.`,
    );
    this.directory = details.directory;
    this.found = details.found;
  }
}
