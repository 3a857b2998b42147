/** Who issued a command: a role and an id within it, e.g. `{ role: 'insurer', id: 'acme' }`. */
export interface Actor {
  readonly role: string;
  readonly id: string;
}

/** Metadata a writer supplies with each event. */
export interface EventMetadata {
  /** The command that produced the event; the handler finds already-applied commands by it. */
  readonly commandId: string;
  /** The conversation the command belongs to (the command id when it starts one). */
  readonly correlationId: string;
  /** The message that directly caused the command (the command id when nothing did). */
  readonly causationId: string;
  /** ISO 8601 instant from the caller's clock; stores never put their own clock here. */
  readonly recordedAt: string;
  /** Version of the event's data schema, a positive integer; upcasters lift older ones. */
  readonly schemaVersion: number;
  readonly actor: Actor | null;
  /**
   * SHA-256 (lowercase hex) of the RFC 8785 canonical JSON of the command that produced the
   * event, the same on each of its events (see `commandDigestOf`): what tells a retry of the
   * command from another command sent under the same id. Absent on events written before digests
   * were recorded, and by writers that record none.
   */
  readonly commandDigest?: string;
}

/** Metadata of a recorded event: what the writer supplied plus the hash chain the store added. */
export interface RecordedMetadata extends EventMetadata {
  /** Hash of the previous event of the same stream; `null` at revision 0. */
  readonly previousHash: string | null;
  /**
   * The hash format the event was sealed with, set by the store: 1 is the format `eventHash`
   * computes. Events stored before it was recorded read as 1.
   */
  readonly hashVersion: number;
  /** SHA-256 (hex) of this event's canonical form, see `eventHash`. */
  readonly hash: string;
}

/** Every field of {@link RecordedMetadata}, the command digest `undefined` when there is none. */
export type RecordedMetadataFields = Omit<RecordedMetadata, 'commandDigest'> & {
  readonly commandDigest: string | undefined;
};

/**
 * Recorded metadata from its fields, as one object literal of one of two shapes (with a command
 * digest or without), its fields in the same order in both. Sealing and every store's reader
 * build metadata with it, so that every recorded event has one of those two shapes: a spread
 * followed by more fields gives each object a shape of its own, and reading fields of many
 * shapes is slow.
 *
 * @example
 * const metadata = recordedMetadata({ ...fields, commandDigest: row.command_digest ?? undefined });
 */
export const recordedMetadata = (fields: RecordedMetadataFields): RecordedMetadata =>
  fields.commandDigest === undefined
    ? {
        commandId: fields.commandId,
        correlationId: fields.correlationId,
        causationId: fields.causationId,
        recordedAt: fields.recordedAt,
        schemaVersion: fields.schemaVersion,
        actor: fields.actor,
        previousHash: fields.previousHash,
        hashVersion: fields.hashVersion,
        hash: fields.hash,
      }
    : {
        commandId: fields.commandId,
        correlationId: fields.correlationId,
        causationId: fields.causationId,
        recordedAt: fields.recordedAt,
        schemaVersion: fields.schemaVersion,
        actor: fields.actor,
        previousHash: fields.previousHash,
        commandDigest: fields.commandDigest,
        hashVersion: fields.hashVersion,
        hash: fields.hash,
      };
