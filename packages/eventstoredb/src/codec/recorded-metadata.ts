import { type Actor, type RecordedMetadata, recordedMetadata } from '@parcel-claims/eventsourcing';

const text = (value: unknown): value is string => typeof value === 'string';

const field = (source: object, key: string): unknown =>
  key in source ? Reflect.get(source, key) : undefined;

const actorOf = (value: unknown): Actor | null | undefined => {
  if (value === null) return null;
  if (typeof value !== 'object') return undefined;
  const role = field(value, 'role');
  const id = field(value, 'id');
  return text(role) && text(id) ? { role, id } : undefined;
};

/** What the adapter stores as an event's EventStoreDB metadata: the port's, plus its own. */
export interface StoredMetadata {
  readonly metadata: RecordedMetadata;
  /** The append call that wrote the event, to tell a repeat from this call's own write. */
  readonly appendId: string | undefined;
}

/** The metadata JSON the adapter writes: the port's fields, EventStoreDB's `$` conventions, the append id. */
export const storedMetadataJson = (
  metadata: RecordedMetadata,
  appendId: string,
): Record<string, unknown> => ({
  ...metadata,
  // EventStoreDB's own names for these, which its `$bc-` projection and UI understand.
  $correlationId: metadata.correlationId,
  $causationId: metadata.causationId,
  appendId,
});

/**
 * The port's metadata from an event's parsed metadata JSON, checked field by field; a string
 * naming the first problem if it is not metadata this adapter wrote.
 */
export const storedMetadataOf = (value: unknown): StoredMetadata | string => {
  if (typeof value !== 'object' || value === null) return 'metadata is not a JSON object';
  const commandId = field(value, 'commandId');
  const correlationId = field(value, 'correlationId');
  const causationId = field(value, 'causationId');
  const recordedAt = field(value, 'recordedAt');
  const schemaVersion = field(value, 'schemaVersion');
  const previousHash = field(value, 'previousHash');
  const hash = field(value, 'hash');
  const actor = actorOf(field(value, 'actor'));
  const commandDigest = field(value, 'commandDigest');
  const storedHashVersion = field(value, 'hashVersion');
  const appendId = field(value, 'appendId');
  if (!(text(commandId) && text(correlationId) && text(causationId) && text(recordedAt))) {
    return 'metadata lacks commandId, correlationId, causationId or recordedAt';
  }
  if (typeof schemaVersion !== 'number') return 'metadata lacks schemaVersion';
  if (!(text(hash) && (previousHash === null || text(previousHash)))) return 'metadata lacks the hash chain';
  if (actor === undefined) return 'metadata has no valid actor';
  if (!(commandDigest === undefined || text(commandDigest)))
    return 'metadata has a commandDigest that is not text';
  // Events written before the hash format was recorded were all sealed in format 1.
  const hashVersion = storedHashVersion === undefined ? 1 : storedHashVersion;
  if (typeof hashVersion !== 'number' || !Number.isInteger(hashVersion))
    return 'metadata has a hashVersion that is not an integer';
  const metadata = recordedMetadata({
    commandId,
    correlationId,
    causationId,
    recordedAt,
    schemaVersion,
    actor,
    previousHash,
    commandDigest,
    hashVersion,
    hash,
  });
  return { metadata, appendId: text(appendId) ? appendId : undefined };
};
