import type { RecordedIdLocation, SealedText } from '@parcel-claims/eventsourcing';
import { bigintField, integerField, textField } from '../rows/row-fields.js';
import { UnexpectedRow } from '../rows/unexpected-row.js';
import type { SchemaNames } from '../schema/schema-names.js';
import type { SqlExecutor, SqlRow } from '../sql-executor.js';
import type { KnownHead } from './stream-heads.js';
import { isUniqueViolation } from './unique-violation.js';

/** Where an event id of the batch is already recorded. */
export interface RecordedLocation extends RecordedIdLocation {
  readonly position: bigint;
}

/** What the database found or did for one append. */
export type AppendFacts =
  | { readonly kind: 'written'; readonly position: bigint }
  | {
      readonly kind: 'facts';
      readonly head: KnownHead;
      readonly recorded: ReadonlyMap<string, RecordedLocation>;
    };

/** What one call for one append found or did. */
export type AppendCallOutcome =
  | AppendFacts
  /** A unique constraint refused the insert: someone wrote past the lock; ask again. */
  | { readonly kind: 'raced' }
  /**
   * An append before it in its group, on the same stream, did not write as planned, so what the
   * database answered for this one is not what it would see after that append: ask again.
   */
  | { readonly kind: 'deferred' };

/** A batch chained onto `head`, to be written if the stream still ends there. */
export interface PlannedWrite {
  readonly head: KnownHead;
  readonly events: readonly SealedText[];
}

/** One append as the database sees it: the ids to look up, and the write to try, if any. */
export interface AppendCall {
  readonly streamId: string;
  readonly eventIds: readonly string[];
  readonly write: PlannedWrite | undefined;
}

const documentOf = (event: SealedText) => ({
  revision: event.revision.toString(),
  eventId: event.eventId,
  type: event.type,
  // As text inside the document: PostgreSQL's json functions refuse "\u0000" in any string of a
  // document they take a field from, and a string field carries it through escaped.
  data: event.dataText,
  commandId: event.metadata.commandId,
  correlationId: event.metadata.correlationId,
  causationId: event.metadata.causationId,
  recordedAt: event.metadata.recordedAt,
  schemaVersion: event.metadata.schemaVersion,
  actorRole: event.metadata.actor?.role ?? null,
  actorId: event.metadata.actor?.id ?? null,
  previousHash: event.metadata.previousHash,
  hash: event.metadata.hash,
  commandDigest: event.metadata.commandDigest ?? null,
  hashVersion: event.metadata.hashVersion,
});

const appendDocumentOf = ({ streamId, eventIds, write }: AppendCall) => {
  const head = write === undefined ? null : write.head;
  return {
    streamId,
    eventIds,
    headRevision: head === null ? null : head.revision.toString(),
    headHash: head === null ? null : head.hash,
    events: write === undefined ? null : write.events.map(documentOf),
  };
};

const outcomeOf = (rows: readonly SqlRow[]): AppendFacts => {
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

/**
 * Calls `append_batches` once for all of `calls`, in one transaction: each is written if its
 * stream still ends at the head its write was chained onto (after the calls before it) and none
 * of its ids is recorded; otherwise its answer is the stream head and where its ids are recorded,
 * for `checkAppend`. One outcome per call, in order. Rejects with the driver's error, in which
 * case nothing of any call was written.
 */
export const callAppends = async (
  executor: SqlExecutor,
  names: SchemaNames,
  calls: readonly AppendCall[],
): Promise<readonly AppendFacts[]> => {
  const { rows } = await executor.query(
    `SELECT member, kind, found_event_id, found_stream_id, found_revision::text AS found_revision,
            found_position::text AS found_position, found_hash
       FROM ${names.qualified('append_batches')}($1::jsonb)`,
    [JSON.stringify(calls.map(appendDocumentOf))],
  );
  const byMember = calls.map((): SqlRow[] => []);
  for (const row of rows) {
    const member = integerField(row, 'member');
    const memberRows = byMember[member];
    if (memberRows === undefined) {
      throw new UnexpectedRow({ field: 'member', expected: `an index below ${calls.length}`, found: member });
    }
    memberRows.push(row);
  }
  return byMember.map(outcomeOf);
};

/** One append in a call of its own; a unique violation means someone wrote past the lock. */
export const callAppend = async (
  executor: SqlExecutor,
  names: SchemaNames,
  call: AppendCall,
): Promise<AppendCallOutcome> => {
  try {
    const [outcome] = await callAppends(executor, names, [call]);
    if (outcome === undefined) throw new Error('append_batches answered no append');
    return outcome;
  } catch (error) {
    if (isUniqueViolation(error)) return { kind: 'raced' };
    throw error;
  }
};
