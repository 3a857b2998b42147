/**
 * The package that opens a store URL's kind is not installed: `@parcel-claims/eventstoredb` (with
 * the EventStoreDB client and gRPC) is an optional peer of this package, installed by those who use
 * `esdb://` stores. The URL is shown with its password masked.
 */
export class StoreDriverMissing extends Error {
  override readonly name = 'StoreDriverMissing';
  readonly url: string;
  /** The package to install. */
  readonly packageName: string;

  constructor(url: string, packageName: string, options?: { readonly cause?: unknown }) {
    super(
      `cannot open ${url}: the package ${packageName} is not installed; install it beside @parcel-claims/stores (npm install ${packageName})`,
      options?.cause === undefined ? undefined : { cause: options.cause },
    );
    this.url = url;
    this.packageName = packageName;
  }
}

/** Whether `error` is the module loader saying that `packageName` itself cannot be found. */
export const isPackageMissing = (error: unknown, packageName: string): boolean =>
  error instanceof Error &&
  'code' in error &&
  (error.code === 'ERR_MODULE_NOT_FOUND' || error.code === 'MODULE_NOT_FOUND') &&
  (error.message.includes(`'${packageName}'`) || error.message.includes(`"${packageName}"`));
