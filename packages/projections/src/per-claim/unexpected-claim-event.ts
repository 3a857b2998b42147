import type { ClaimEventRecord } from '../record/claim-event-record.js';

/**
 * An event a read model cannot place: a claim step for a claim it never saw opened, a claim on a
 * parcel it never saw booked. The decider never writes such a history, so the log is not what
 * the read model was built for (or the projection started in the middle of it).
 */
export class UnexpectedClaimEvent extends Error {
  override readonly name = 'UnexpectedClaimEvent';
  readonly streamId: string;
  readonly position: bigint;
  readonly eventType: string;

  constructor(details: { readonly record: ClaimEventRecord; readonly reason: string }) {
    const { record } = details;
    super(
      `Event ${record.event.type} at position ${record.position} of stream "${record.streamId}" is out of place: ${details.reason}`,
    );
    this.streamId = record.streamId;
    this.position = record.position;
    this.eventType = record.event.type;
  }
}
