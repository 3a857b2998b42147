import type { ResolvedEvent } from '@eventstore/db-client';
import type { RecordedEvent } from '@parcel-claims/eventsourcing';
import { UnreadableEvent } from '../errors/unreadable-event.js';
import { storedMetadataOf } from './recorded-metadata.js';

/** A recorded event and the id of the append call that wrote it. */
export interface DecodedEvent {
  readonly event: RecordedEvent;
  readonly appendId: string | undefined;
}

type ClientEvent = NonNullable<ResolvedEvent['event']>;

/** The event's global position: the commit position, equal to the prepare position since v20. */
const positionOf = (resolved: ResolvedEvent, event: ClientEvent): bigint | undefined => {
  const position = event.position?.commit ?? resolved.commitPosition;
  return position === undefined || position <= 0n ? undefined : position;
};

/**
 * Turns an event read through the client into the port's recorded event. Throws
 * `UnreadableEvent` for anything this adapter did not write: binary data, metadata without the
 * hash chain, a missing position.
 */
export const decodeEvent = (resolved: ResolvedEvent): DecodedEvent => {
  const { event } = resolved;
  if (event === undefined) {
    throw new UnreadableEvent({
      streamId: '(unknown)',
      revision: -1n,
      reason: 'a link to a missing event',
      path: '$',
    });
  }
  const refuse = (reason: string, path: string) =>
    new UnreadableEvent({ streamId: event.streamId, revision: event.revision, reason, path });
  if (!event.isJson) throw refuse('its data is not JSON', '$.data');
  // The client hands bytes it cannot parse as JSON over as a string; the adapter never writes a
  // bare string (see encodeEvent), so a string here is data that is not JSON.
  if (typeof event.data !== 'object' || event.data === null) {
    throw refuse('its data is not a JSON object or array', '$.data');
  }
  const position = positionOf(resolved, event);
  if (position === undefined)
    throw refuse('the server reported no position (EventStoreDB 22.6 or later is needed)', '$');
  const stored = storedMetadataOf(event.metadata);
  if (typeof stored === 'string') throw refuse(stored, '$.metadata');
  return {
    event: {
      streamId: event.streamId,
      revision: event.revision,
      position,
      eventId: event.id,
      type: event.type,
      data: event.data,
      metadata: stored.metadata,
    },
    appendId: stored.appendId,
  };
};
