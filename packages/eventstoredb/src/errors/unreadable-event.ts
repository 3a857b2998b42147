/**
 * A stored event the adapter cannot turn into a `RecordedEvent`: not written by this adapter
 * (no JSON metadata with the hash chain), or read from a server too old to report positions.
 */
export class UnreadableEvent extends Error {
  override readonly name = 'UnreadableEvent';
  readonly streamId: string;
  readonly revision: bigint;
  readonly reason: string;

  constructor(details: { readonly streamId: string; readonly revision: bigint; readonly reason: string }) {
    super(`Cannot read event ${details.revision} of stream "${details.streamId}": ${details.reason}`);
    this.streamId = details.streamId;
    this.revision = details.revision;
    this.reason = details.reason;
  }
}
