import { type JSONEventData, type JSONType, jsonEvent } from '@eventstore/db-client';
import { InvalidEventData, type SealedEvent } from '@parcel-claims/eventsourcing';
import * as E from 'fp-ts/lib/Either.js';
import { storedMetadataJson } from './recorded-metadata.js';

/**
 * Sealed data as the client's JSON type: an object or an array. The client also takes a string,
 * but on reading it hands bytes that are not JSON over as a string too, so a stored string could
 * not be told from corrupt data; a bare string, number, boolean or null is refused.
 */
const clientJson = (data: unknown): JSONType | undefined => {
  if (Array.isArray(data)) return data;
  if (typeof data === 'object' && data !== null) return Object.fromEntries(Object.entries(data));
  return undefined;
};

/**
 * A sealed event (revision and hash chain set) as the client's JSON event, keeping its id so
 * that a repeat of the append is recognised by the server. Sealed data is plain JSON already
 * (`chainEvents` normalised it), so the client's `JSON.stringify` preserves it exactly.
 */
export const encodeEvent = (
  event: SealedEvent,
  appendId: string,
): E.Either<InvalidEventData, JSONEventData> => {
  const data = clientJson(event.data);
  if (data === undefined) {
    return E.left(
      new InvalidEventData({
        streamId: event.streamId,
        eventId: event.eventId,
        reason: 'data must be a JSON object or array for EventStoreDB',
      }),
    );
  }
  return E.right(
    jsonEvent({
      id: event.eventId,
      type: event.type,
      data,
      metadata: storedMetadataJson(event.metadata, appendId),
    }),
  );
};
