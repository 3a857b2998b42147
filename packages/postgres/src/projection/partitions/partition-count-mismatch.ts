/** A worker started with a partition count other than the one its projection keeps. */
export class PartitionCountMismatch extends Error {
  override readonly name = 'PartitionCountMismatch';
  readonly projection: string;
  /** The count stored when the projection's first worker started. */
  readonly stored: number;
  readonly requested: number;

  constructor(details: { readonly projection: string; readonly stored: number; readonly requested: number }) {
    super(
      `Projection "${details.projection}" is split into ${details.stored} partitions; a worker asked for ${details.requested}. The count is fixed once stored: rebuild under a new projection name to change it`,
    );
    this.projection = details.projection;
    this.stored = details.stored;
    this.requested = details.requested;
  }
}
