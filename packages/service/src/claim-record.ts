import type { ClaimEvent } from '@parcel-claims/core';
import type { LoadedEvent, RecordedMetadata } from '@parcel-claims/eventsourcing';

/** One event of a parcel's history as stored: the decoded event and where and how it was recorded. */
export interface ClaimRecord {
  readonly event: ClaimEvent;
  readonly streamId: string;
  readonly revision: bigint;
  readonly position: bigint;
  readonly eventId: string;
  readonly metadata: RecordedMetadata;
}

/**
 * A recorded claim event as the service hands it out: the event with its stream, revision, position and
 * metadata.
 */
export const claimRecordOf = ({ recorded, event }: LoadedEvent<ClaimEvent>): ClaimRecord => ({
  event,
  streamId: recorded.streamId,
  revision: recorded.revision,
  position: recorded.position,
  eventId: recorded.eventId,
  metadata: recorded.metadata,
});
