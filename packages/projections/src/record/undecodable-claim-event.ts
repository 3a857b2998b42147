import type { RecordedEvent } from '@parcel-claims/eventsourcing';

/** A recorded event that is not a claim event: a claim read model cannot apply it. */
export class UndecodableClaimEvent extends Error {
  override readonly name = 'UndecodableClaimEvent';
  readonly streamId: string;
  readonly position: bigint;
  readonly reason: string;

  constructor(details: { readonly event: RecordedEvent; readonly reason: string }) {
    super(
      `Event ${details.event.type} at position ${details.event.position} of stream "${details.event.streamId}" is not a claim event: ${details.reason}`,
    );
    this.streamId = details.event.streamId;
    this.position = details.event.position;
    this.reason = details.reason;
  }
}
