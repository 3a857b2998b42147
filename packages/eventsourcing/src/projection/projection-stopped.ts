/** Live mode was stopped before it caught up: what `start()` rejects with then. */
export class ProjectionStopped extends Error {
  override readonly name = 'ProjectionStopped';
  readonly projection: string;
  /** The checkpoint the projection had reached. */
  readonly checkpoint: bigint;

  constructor(details: { readonly projection: string; readonly checkpoint: bigint }) {
    super(
      `Projection "${details.projection}" was stopped before it caught up, at position ${details.checkpoint}`,
    );
    this.projection = details.projection;
    this.checkpoint = details.checkpoint;
  }
}
