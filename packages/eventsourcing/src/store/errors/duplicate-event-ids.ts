/**
 * Event ids that cannot be appended: repeated within one batch (`existingStreamId` null), or
 * already recorded in another stream. Event ids are unique across a store.
 */
export class DuplicateEventIds extends Error {
  override readonly name = 'DuplicateEventIds';
  readonly streamId: string;
  readonly eventIds: readonly string[];
  readonly existingStreamId: string | null;

  constructor(details: {
    readonly streamId: string;
    readonly eventIds: readonly string[];
    readonly existingStreamId: string | null;
  }) {
    const ids = details.eventIds.join(', ');
    super(
      details.existingStreamId === null
        ? `Append to stream "${details.streamId}" repeats event ids within the batch: ${ids}`
        : `Append to stream "${details.streamId}" uses event ids already recorded in stream "${details.existingStreamId}": ${ids}`,
    );
    this.streamId = details.streamId;
    this.eventIds = details.eventIds;
    this.existingStreamId = details.existingStreamId;
  }
}
