/** An operation that needs the stream to exist (e.g. append expecting `stream_exists`) found none. */
export class StreamNotFound extends Error {
  override readonly name = 'StreamNotFound';
  readonly streamId: string;

  constructor(details: { readonly streamId: string }) {
    super(`Stream "${details.streamId}" does not exist`);
    this.streamId = details.streamId;
  }
}
