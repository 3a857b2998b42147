import {
  type RecordedEvent,
  type RecordedMetadata,
  type RecordedText,
  recordedMetadata,
} from '@parcel-claims/eventsourcing';
import { bigintField, integerField, jsonField, nullableTextField, textField } from '../rows/row-fields.js';
import type { SqlRow } from '../sql-executor.js';

/**
 * The select list that reads an event row (of the `events` table aliased `e`) the same way on
 * both drivers: bigint and json columns as text, parsed here.
 */
export const eventColumns = `e.position::text AS position, e.stream_id, e.revision::text AS revision,
  e.event_id, e.type, e.data::text AS data, e.command_id, e.correlation_id, e.causation_id,
  e.recorded_at, e.schema_version, e.actor_role, e.actor_id, e.previous_hash, e.hash, e.command_digest, e.hash_version`;

const metadataOf = (row: SqlRow): RecordedMetadata => {
  const role = nullableTextField(row, 'actor_role');
  const id = nullableTextField(row, 'actor_id');
  return recordedMetadata({
    commandId: textField(row, 'command_id'),
    correlationId: textField(row, 'correlation_id'),
    causationId: textField(row, 'causation_id'),
    recordedAt: textField(row, 'recorded_at'),
    schemaVersion: integerField(row, 'schema_version'),
    actor: role === null || id === null ? null : { role, id },
    previousHash: nullableTextField(row, 'previous_hash'),
    commandDigest: nullableTextField(row, 'command_digest') ?? undefined,
    hashVersion: integerField(row, 'hash_version'),
    hash: textField(row, 'hash'),
  });
};

/** The recorded event a row selected with {@link eventColumns} holds. */
export const recordedEventOf = (row: SqlRow): RecordedEvent => ({
  streamId: textField(row, 'stream_id'),
  revision: bigintField(row, 'revision'),
  position: bigintField(row, 'position'),
  eventId: textField(row, 'event_id'),
  type: textField(row, 'type'),
  data: jsonField(row, 'data'),
  metadata: metadataOf(row),
});

/** The same event with its data as the stored text, unparsed. */
export const recordedTextOf = (row: SqlRow): RecordedText => ({
  streamId: textField(row, 'stream_id'),
  revision: bigintField(row, 'revision'),
  position: bigintField(row, 'position'),
  eventId: textField(row, 'event_id'),
  type: textField(row, 'type'),
  dataText: textField(row, 'data'),
  metadata: metadataOf(row),
});
