/** A store URL with a scheme no store answers to. The URL is shown with its password masked. */
export class UnsupportedStoreUrl extends Error {
  override readonly name = 'UnsupportedStoreUrl';
  readonly url: string;

  constructor(url: string) {
    super(
      `no store for ${url}: use memory:, pglite:<directory>, pglite:memory, postgres://user@host/db or esdb://host:port?tls=false`,
    );
    this.url = url;
  }
}
