import type { RecordedEvent } from '@parcel-claims/eventsourcing';

/** A recorded event that is not a claim event: a claim read model cannot apply it. */
export class UndecodableClaimEvent extends Error {
  override readonly name = 'UndecodableClaimEvent';
  readonly streamId: string;
  readonly revision: bigint;
  readonly position: bigint;
  readonly reason: string;
  /** JSON paths of what is wrong, in the event read as `{ type, data, metadata }`. */
  readonly paths: readonly string[];

  constructor(details: {
    readonly event: RecordedEvent;
    readonly reason: string;
    readonly paths?: readonly string[];
  }) {
    super(
      `Event ${details.event.type} at position ${details.event.position} (revision ${details.event.revision}) of stream "${details.event.streamId}" is not a claim event: ${details.reason}`,
    );
    this.streamId = details.event.streamId;
    this.revision = details.event.revision;
    this.position = details.event.position;
    this.reason = details.reason;
    this.paths = details.paths ?? [];
  }
}
