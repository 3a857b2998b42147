import type { ClaimEvent } from '@parcel-claims/core';

/** A decoded claim event with where it was recorded: what the claim read models fold. */
export interface ClaimEventRecord<Event extends ClaimEvent = ClaimEvent> {
  readonly event: Event;
  /** The parcel's stream, `parcel-<parcelId>`. */
  readonly streamId: string;
  readonly revision: bigint;
  /** The global position, which orders events across parcels. */
  readonly position: bigint;
}
