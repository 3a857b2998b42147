/** The SSL parameters of a `postgres://` URL that name a file the driver reads before connecting. */
export type SslFileParameter = 'sslrootcert' | 'sslcert' | 'sslkey';

const holding: Readonly<Record<SslFileParameter, string>> = {
  sslrootcert: "the certificate of the authority that signed the server's certificate",
  sslcert: 'the client certificate',
  sslkey: "the client's private key",
};

/**
 * A `postgres://` URL names an SSL file (`sslrootcert`, `sslcert`, `sslkey`) that cannot be
 * read: it does not exist, is a directory, or may not be read. The URL is masked.
 */
export class SslFileUnreadable extends Error {
  override readonly name = 'SslFileUnreadable';
  /** The URL, password masked. */
  readonly url: string;
  readonly parameter: SslFileParameter;
  /** The path as the URL gives it (relative paths are read from the working directory). */
  readonly path: string;
  /** Why it cannot be read: `no such file`, `a directory, not a file`, `permission denied`, or the system's code. */
  readonly problem: string;

  constructor(details: {
    readonly url: string;
    readonly parameter: SslFileParameter;
    readonly path: string;
    readonly problem: string;
  }) {
    super(
      `Cannot open the store at ${details.url}: ${details.parameter}=${details.path}: ${details.problem}. It must name a readable PEM file holding ${holding[details.parameter]}.`,
    );
    this.url = details.url;
    this.parameter = details.parameter;
    this.path = details.path;
    this.problem = details.problem;
  }
}
