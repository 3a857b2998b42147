import type { RecordedEvent } from '../store/recorded-event.js';

/**
 * Why a projection stopped at an event: it could not be decoded, its handler failed, the sink
 * failed on its batch for a reason it did not attribute to an event, or parking it failed.
 */
export type ProjectionFailureKind = 'undecodable' | 'handler-failed' | 'sink-failed' | 'park-failed';

const described: { readonly [K in ProjectionFailureKind]: string } = {
  undecodable: 'cannot decode it',
  'handler-failed': 'its handler failed',
  'sink-failed': 'the sink failed on the batch from it',
  'park-failed': 'parking it failed',
};

/**
 * A projection stopped at an event; nothing from this event on is applied (the checkpoint is the
 * position before it, or earlier for a sink that failed on a whole batch). `cause` is an
 * `EventDecodeFailed` naming the stream, revision and JSON paths the decoder reported, or what
 * the handler, sink or park function threw.
 *
 * @example
 * // Projection "claims-board" stopped at event ClaimPaid 3f0c… (position 42, revision 7 of stream
 * // "parcel-P1"): its handler failed: claim claim-1 was never opened
 */
export class ProjectionFailed extends Error {
  override readonly name = 'ProjectionFailed';
  readonly projection: string;
  readonly kind: ProjectionFailureKind;
  readonly streamId: string;
  readonly revision: bigint;
  readonly position: bigint;
  readonly eventId: string;
  readonly eventType: string;

  constructor(details: {
    readonly projection: string;
    readonly kind: ProjectionFailureKind;
    readonly event: RecordedEvent;
    readonly message: string;
    readonly cause: unknown;
  }) {
    const { event } = details;
    super(
      `Projection "${details.projection}" stopped at event ${event.type} ${event.eventId} ` +
        `(position ${event.position}, revision ${event.revision} of stream "${event.streamId}"): ` +
        `${described[details.kind]}: ${details.message}`,
      { cause: details.cause },
    );
    this.projection = details.projection;
    this.kind = details.kind;
    this.streamId = event.streamId;
    this.revision = event.revision;
    this.position = event.position;
    this.eventId = event.eventId;
    this.eventType = event.type;
  }
}
