/** A recorded event could not be decoded (or upcast): the stream cannot be loaded. */
export class EventDecodeFailed extends Error {
  override readonly name = 'EventDecodeFailed';
  readonly streamId: string;
  readonly revision: bigint;
  readonly eventId: string;
  readonly type: string;
  /** The decoder's message. */
  readonly reason: string;
  /** JSON paths of what is wrong, in the event read as `{ type, data, metadata }`; empty if the decoder named none. */
  readonly paths: readonly string[];

  constructor(details: {
    readonly streamId: string;
    readonly revision: bigint;
    readonly eventId: string;
    readonly type: string;
    readonly reason: string;
    readonly paths?: readonly string[];
  }) {
    super(
      `Cannot decode event "${details.type}" at revision ${details.revision} of stream "${details.streamId}": ${details.reason}`,
    );
    this.streamId = details.streamId;
    this.revision = details.revision;
    this.eventId = details.eventId;
    this.type = details.type;
    this.reason = details.reason;
    this.paths = details.paths ?? [];
  }
}
