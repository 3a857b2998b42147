/**
 * A store URL that could not be opened: unsupported, unreachable, refused, or a schema that
 * could not be migrated. The URL and the reason are masked: no password appears in the message
 * or the fields, and the driver's error is not kept, since it may hold the connection string.
 */
export class OpenStoreFailed extends Error {
  override readonly name = 'OpenStoreFailed';
  /** The URL, password masked. */
  readonly url: string;
  /** Why, secrets removed. */
  readonly reason: string;
  /** The driver's or server's error code when there is one (e.g. 'ECONNREFUSED', '3D000'). */
  readonly code: string | undefined;

  constructor(details: { readonly url: string; readonly reason: string; readonly code?: string }) {
    super(`Cannot open the store at ${details.url}: ${details.reason}`);
    this.url = details.url;
    this.reason = details.reason;
    this.code = details.code;
  }
}
