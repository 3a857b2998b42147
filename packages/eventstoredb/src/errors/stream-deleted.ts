/**
 * The stream was hard-deleted (tombstoned) in EventStoreDB: it can never be read or written
 * again under this id. The port has no such state, so the adapter reports it as its own error.
 */
export class StreamDeleted extends Error {
  override readonly name = 'StreamDeleted';
  readonly streamId: string;

  constructor(details: { readonly streamId: string }) {
    super(`Stream "${details.streamId}" was deleted (tombstoned) in EventStoreDB`);
    this.streamId = details.streamId;
  }
}
