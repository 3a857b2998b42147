/**
 * Another writer stored this projection's checkpoint since this store last read it: two runners
 * of one projection are at work. The checkpoint is left as the other runner wrote it.
 */
export class CheckpointConflict extends Error {
  override readonly name = 'CheckpointConflict';
  readonly projection: string;

  constructor(details: { readonly projection: string }) {
    super(`The checkpoint of projection "${details.projection}" was written by another runner`);
    this.projection = details.projection;
  }
}
