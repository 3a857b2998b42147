import type { RecordedIdLocation, SealedEvent } from '@parcel-claims/eventsourcing';
import { bigintField, textField } from '../rows/row-fields.js';
import { UnexpectedRow } from '../rows/unexpected-row.js';
import type { SchemaNames } from '../schema/schema-names.js';
import type { SqlExecutor } from '../sql-executor.js';
import type { KnownHead } from './stream-heads.js';
import { isUniqueViolation } from './unique-violation.js';

/** Where an event id of the batch is already recorded. */
export interface RecordedLocation extends RecordedIdLocation {
  readonly position: bigint;
}

/** What one call of `append_events` found or did. */
export type AppendCallOutcome =
  | { readonly kind: 'written'; readonly position: bigint }
  | {
      readonly kind: 'facts';
      readonly head: KnownHead;
      readonly recorded: ReadonlyMap<string, RecordedLocation>;
    }
  /** A unique constraint refused the insert: someone wrote past the lock; ask again. */
  | { readonly kind: 'raced' };

/** A batch chained onto `head`, to be written if the stream still ends there. */
export interface PlannedWrite {
  readonly head: KnownHead;
  readonly events: readonly SealedEvent[];
}

const documentOf = (event: SealedEvent) => ({
  revision: event.revision.toString(),
  eventId: event.eventId,
  type: event.type,
  // As text inside the document: PostgreSQL's json functions refuse "\u0000" in any string of a
  // document they take a field from, and a string field carries it through escaped.
  data: JSON.stringify(event.data),
  commandId: event.metadata.commandId,
  correlationId: event.metadata.correlationId,
  causationId: event.metadata.causationId,
  recordedAt: event.metadata.recordedAt,
  schemaVersion: event.metadata.schemaVersion,
  actorRole: event.metadata.actor?.role ?? null,
  actorId: event.metadata.actor?.id ?? null,
  previousHash: event.metadata.previousHash,
  hash: event.metadata.hash,
});

/**
 * Calls `append_events` once: writes `write` if the stream still ends at its head and no event id
 * is recorded, else returns the stream head and where the ids are recorded, for `checkAppend`.
 * Without `write` it only returns those facts.
 */
export const callAppend = async (
  executor: SqlExecutor,
  names: SchemaNames,
  streamId: string,
  eventIds: readonly string[],
  write: PlannedWrite | undefined,
): Promise<AppendCallOutcome> => {
  const head = write?.head ?? null;
  const params = [
    streamId,
    JSON.stringify(eventIds),
    head === null ? null : head.revision.toString(),
    head === null ? null : head.hash,
    write === undefined ? null : JSON.stringify(write.events.map(documentOf)),
  ];
  let rows: Awaited<ReturnType<SqlExecutor['query']>>['rows'];
  try {
    ({ rows } = await executor.query(
      `SELECT kind, found_event_id, found_stream_id, found_revision::text AS found_revision,
              found_position::text AS found_position, found_hash
         FROM ${names.qualified('append_events')}($1::text, $2::json, $3::bigint, $4::text, $5::json)`,
      params,
    ));
  } catch (error) {
    if (isUniqueViolation(error)) return { kind: 'raced' };
    throw error;
  }
  let found: KnownHead = null;
  const recorded = new Map<string, RecordedLocation>();
  for (const row of rows) {
    const kind = textField(row, 'kind');
    if (kind === 'written') return { kind, position: bigintField(row, 'found_position') };
    if (kind === 'head') {
      found = { revision: bigintField(row, 'found_revision'), hash: textField(row, 'found_hash') };
    } else if (kind === 'recorded') {
      recorded.set(textField(row, 'found_event_id'), {
        streamId: textField(row, 'found_stream_id'),
        revision: bigintField(row, 'found_revision'),
        position: bigintField(row, 'found_position'),
      });
    } else {
      throw new UnexpectedRow({ field: 'kind', expected: "'written', 'head' or 'recorded'", found: kind });
    }
  }
  return { kind: 'facts', head: found, recorded };
};
