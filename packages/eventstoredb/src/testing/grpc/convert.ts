import type { StreamIdentifier, UUID } from '@eventstore/db-client/generated/shared_pb.js';
import type { ReadResp } from '@eventstore/db-client/generated/streams_pb.js';
import type { StoredEvent } from '../engine/stored-event.js';
import { pb } from './protobuf.js';

/** How the client asked for event ids: as strings (what the Node client asks) or as two int64s. */
export type UuidFormat = 'string' | 'structured';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const hex = (value: string): string => BigInt.asUintN(64, BigInt(value)).toString(16).padStart(16, '0');

/** The canonical lowercase form of a protocol UUID, or undefined if it is not one. */
export const uuidText = (uuid: UUID | undefined): string | undefined => {
  if (uuid === undefined) return undefined;
  if (uuid.hasStructured()) {
    const structured = uuid.getStructured();
    if (structured === undefined) return undefined;
    const digits = hex(structured.getMostSignificantBits()) + hex(structured.getLeastSignificantBits());
    return `${digits.slice(0, 8)}-${digits.slice(8, 12)}-${digits.slice(12, 16)}-${digits.slice(16, 20)}-${digits.slice(20)}`;
  }
  const text = uuid.getString().toLowerCase();
  return uuidPattern.test(text) ? text : undefined;
};

/** A protocol UUID in the format the reader asked for. */
export const uuidOf = (text: string, format: UuidFormat): UUID => {
  const uuid = new pb.UUID();
  if (format === 'string') return uuid.setString(text);
  const digits = text.replaceAll('-', '');
  const structured = new pb.UUID.Structured();
  structured.setMostSignificantBits(BigInt.asIntN(64, BigInt(`0x${digits.slice(0, 16)}`)).toString());
  structured.setLeastSignificantBits(BigInt.asIntN(64, BigInt(`0x${digits.slice(16)}`)).toString());
  return uuid.setStructured(structured);
};

/** Stream names travel as UTF-8 bytes. */
export const streamNameOf = (identifier: StreamIdentifier | undefined): string | undefined =>
  identifier === undefined ? undefined : Buffer.from(identifier.getStreamName_asU8()).toString('utf8');

export const streamIdentifierOf = (streamName: string): StreamIdentifier =>
  new pb.StreamIdentifier().setStreamName(Uint8Array.from(Buffer.from(streamName, 'utf8')));

/** The setters the recorded-event messages of stream reads and of persistent reads share. */
interface RecordedMessage {
  setId(value?: UUID): unknown;
  setStreamIdentifier(value?: StreamIdentifier): unknown;
  setStreamRevision(value: string): unknown;
  setCommitPosition(value: string): unknown;
  setPreparePosition(value: string): unknown;
  setData(value: Uint8Array | string): unknown;
  setCustomMetadata(value: Uint8Array | string): unknown;
  getMetadataMap(): { set(key: string, value: string): unknown };
}

/** Fills a recorded-event message with a stored event, as the client reads it. */
export const recordedMessageOf = <T extends RecordedMessage>(
  recorded: T,
  event: StoredEvent,
  format: UuidFormat,
): T => {
  recorded.setId(uuidOf(event.eventId, format));
  recorded.setStreamIdentifier(streamIdentifierOf(event.streamName));
  recorded.setStreamRevision(event.revision.toString());
  recorded.setCommitPosition(event.position.toString());
  recorded.setPreparePosition(event.position.toString());
  recorded.setData(event.data);
  recorded.setCustomMetadata(event.customMetadata);
  const metadata = recorded.getMetadataMap();
  metadata.set('type', event.type);
  metadata.set('content-type', event.contentType);
  metadata.set('created', event.created.toString());
  return recorded;
};

/** A stored event as the `event` variant of a read response. */
export const readEventOf = (event: StoredEvent, format: UuidFormat): ReadResp => {
  const recorded = recordedMessageOf(new pb.ReadResp.ReadEvent.RecordedEvent(), event, format);
  const readEvent = new pb.ReadResp.ReadEvent()
    .setEvent(recorded)
    .setCommitPosition(event.position.toString());
  return new pb.ReadResp().setEvent(readEvent);
};
