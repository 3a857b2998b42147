/**
 * A stored event the adapter cannot turn into a `RecordedEvent`: not written by this adapter
 * (data that is not a JSON object or array, no JSON metadata with the hash chain), or read from a
 * server too old to report positions; or a step of the log's tree or a kept checkpoint that is
 * malformed or does not continue the tree. `path` says where: `$.data`, `$.metadata`, `$`, or
 * the field of a tree step (`$.data.frontier`, `$.data.leaves[3].leaf`…).
 */
export class UnreadableEvent extends Error {
  override readonly name = 'UnreadableEvent';
  readonly streamId: string;
  readonly revision: bigint;
  readonly reason: string;
  readonly path: string;

  constructor(details: {
    readonly streamId: string;
    readonly revision: bigint;
    readonly reason: string;
    readonly path?: string;
  }) {
    super(`Cannot read event ${details.revision} of stream "${details.streamId}": ${details.reason}`);
    this.streamId = details.streamId;
    this.revision = details.revision;
    this.reason = details.reason;
    this.path = details.path ?? '$';
  }
}
