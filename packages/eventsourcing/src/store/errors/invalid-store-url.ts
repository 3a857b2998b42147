/**
 * A store URL that cannot be used as written: an unknown option, a value an option does not
 * take, a malformed host or credentials, a file it names that cannot be read. Refused before any
 * driver sees the URL. `url` has its password masked and control characters escaped (the driver
 * package decides what else to hide), so the error is safe to print and to log.
 *
 * @example
 * new InvalidStoreUrl({ url: 'esdb://admin:***@db?tls=maybe', option: 'tls', reason: 'option "tls" is "maybe"; it takes true or false' })
 *   .message; // 'esdb://admin:***@db?tls=maybe: option "tls" is "maybe"; it takes true or false'
 */
export class InvalidStoreUrl extends Error {
  override readonly name = 'InvalidStoreUrl';
  /** The URL as given, password masked: safe to print. */
  readonly url: string;
  /** The option at fault as written in the URL, e.g. `tls`; null when the fault is elsewhere. */
  readonly option: string | null;
  /** What is wrong and what to write instead. */
  readonly reason: string;

  constructor(details: { readonly url: string; readonly option: string | null; readonly reason: string }) {
    super(`${details.url}: ${details.reason}`);
    this.url = details.url;
    this.option = details.option;
    this.reason = details.reason;
  }
}
