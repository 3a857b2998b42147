/** An event a store refuses to record: data that is not JSON, a malformed id or metadata. */
export class InvalidEventData extends Error {
  override readonly name = 'InvalidEventData';
  readonly streamId: string;
  readonly eventId: string;
  readonly reason: string;

  constructor(details: { readonly streamId: string; readonly eventId: string; readonly reason: string }) {
    super(`Cannot append event ${details.eventId} to stream "${details.streamId}": ${details.reason}`);
    this.streamId = details.streamId;
    this.eventId = details.eventId;
    this.reason = details.reason;
  }
}
