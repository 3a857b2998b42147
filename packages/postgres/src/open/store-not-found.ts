/**
 * There is no store where a read-only open looked: a directory that does not exist or holds no
 * PGlite database, a database without the store's schema. Opening for reading never creates one;
 * check the URL and the schema name, or write to the store first (`demo`, the service).
 */
export class StoreNotFound extends Error {
  override readonly name = 'StoreNotFound';
  /** The URL, password masked. */
  readonly url: string;
  /** What was looked for and not found, e.g. `no directory /nonexistent/dir`. */
  readonly reason: string;

  constructor(details: { readonly url: string; readonly reason: string }) {
    super(`No store at ${details.url}: ${details.reason}. Opening for reading never creates a store.`);
    this.url = details.url;
    this.reason = details.reason;
  }
}
