import { randomUUID } from 'node:crypto';
import { eventHash, hashInputOf, type RecordedEvent } from '@parcel-claims/eventsourcing';
import type { SqlExecutor } from '@parcel-claims/postgres';
import * as E from 'fp-ts/lib/Either.js';

/** The four ways of altering a stored stream directly in the database. */
export type TamperKind = 'modify' | 'delete' | 'swap' | 'insert';

/** The `verify` line that must name the first broken event. */
export interface ExpectedBreak {
  readonly streamId: string;
  readonly revision: bigint;
  readonly reason: 'broken-link' | 'hash-mismatch';
  readonly expected: string | null;
  readonly found: string | null;
}

/** The hash an event's content has, as verification computes it. */
export const hashOfEvent = (event: Omit<RecordedEvent, 'position'>): string => {
  const hash = eventHash(hashInputOf(event));
  if (E.isLeft(hash)) throw new Error(`cannot hash: ${hash.left}`);
  return hash.right;
};

const at = (events: readonly RecordedEvent[], revision: number): RecordedEvent => {
  const event = events[revision];
  if (event === undefined) throw new Error(`the stream has no revision ${revision}`);
  return event;
};

/** The event's data with its time moved one second later: backdating, still a valid event. */
const retimed = (data: unknown): unknown => {
  if (typeof data !== 'object' || data === null || !('at' in data) || typeof data.at !== 'string')
    return data;
  return { ...data, at: new Date(Date.parse(data.at) + 1000).toISOString() };
};

/**
 * Writes an event row straight into the events table, around the append functions, as a forger
 * would: `position` and `leafIndex` are SQL expressions for those two columns.
 */
export const insertEventRow = async (
  sql: SqlExecutor,
  schema: string,
  event: Omit<RecordedEvent, 'position'>,
  columns: { readonly position: string; readonly leafIndex: string },
) => {
  const { metadata } = event;
  await sql.query(
    `INSERT INTO ${eventsTable(schema)} (position, stream_id, revision, event_id, type, data, command_id, correlation_id,
       causation_id, recorded_at, schema_version, actor_role, actor_id, previous_hash, hash, command_digest,
       leaf_index)
     VALUES (${columns.position}, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, ${columns.leafIndex})`,
    [
      event.streamId,
      event.revision,
      event.eventId,
      event.type,
      JSON.stringify(event.data),
      metadata.commandId,
      metadata.correlationId,
      metadata.causationId,
      metadata.recordedAt,
      metadata.schemaVersion,
      metadata.actor?.role ?? null,
      metadata.actor?.id ?? null,
      metadata.previousHash,
      metadata.hash,
      metadata.commandDigest ?? null,
    ],
  );
};

/** The events table of a schema, quoted. */
export const eventsTable = (schema: string): string => `"${schema}".events`;

const moveRevisions = async (sql: SqlExecutor, table: string, streamId: string, from: number, by: number) => {
  // Two steps, so that the unique (stream, revision) constraint holds after each statement.
  await sql.query(
    `UPDATE ${table} SET revision = revision + 1000000 WHERE stream_id = $1 AND revision >= $2`,
    [streamId, from],
  );
  await sql.query(
    `UPDATE ${table} SET revision = revision - 1000000 + $3 WHERE stream_id = $1 AND revision >= $2`,
    [streamId, 1000000 + from, by],
  );
};

/**
 * Alters one stream in the events table as an intruder with database access would, at `revision`
 * (the pair `revision`, `revision + 1` for a swap), and returns the break `verify` must report:
 * - `modify`: the event's time moves a second (the stored hash no longer matches);
 * - `delete`: the event is removed (the next one's link points at it);
 * - `swap`: the event and the next change places (the first of them links to the wrong event);
 * - `insert`: a forged event with a correctly recomputed hash goes in before it, later revisions
 *   moving up (the chain breaks at the event after the forgery).
 */
export const tamper = async (
  sql: SqlExecutor,
  schema: string,
  events: readonly RecordedEvent[],
  kind: TamperKind,
  revision: number,
): Promise<ExpectedBreak> => {
  const table = eventsTable(schema);
  const target = at(events, revision);
  const { streamId } = target;
  switch (kind) {
    case 'modify': {
      const data = retimed(target.data);
      await sql.query(`UPDATE ${table} SET data = $3 WHERE stream_id = $1 AND revision = $2`, [
        streamId,
        revision,
        JSON.stringify(data),
      ]);
      return {
        streamId,
        revision: target.revision,
        reason: 'hash-mismatch',
        expected: hashOfEvent({ ...target, data }),
        found: target.metadata.hash,
      };
    }
    case 'delete': {
      await sql.query(`DELETE FROM ${table} WHERE stream_id = $1 AND revision = $2`, [streamId, revision]);
      await moveRevisions(sql, table, streamId, revision + 1, -1);
      return {
        streamId,
        revision: target.revision,
        reason: 'broken-link',
        expected: target.metadata.previousHash,
        found: target.metadata.hash,
      };
    }
    case 'swap': {
      const next = at(events, revision + 1);
      const parked = 999_999;
      await sql.query(`UPDATE ${table} SET revision = $3 WHERE stream_id = $1 AND revision = $2`, [
        streamId,
        revision,
        parked,
      ]);
      await sql.query(`UPDATE ${table} SET revision = $2 WHERE stream_id = $1 AND revision = $3`, [
        streamId,
        revision,
        revision + 1,
      ]);
      await sql.query(`UPDATE ${table} SET revision = $2 WHERE stream_id = $1 AND revision = $3`, [
        streamId,
        revision + 1,
        parked,
      ]);
      return {
        streamId,
        revision: target.revision,
        reason: 'broken-link',
        expected: target.metadata.previousHash,
        found: next.metadata.previousHash,
      };
    }
    case 'insert': {
      await moveRevisions(sql, table, streamId, revision, 1);
      const forged = {
        ...target,
        eventId: randomUUID(),
        data: retimed(target.data),
      };
      const hash = hashOfEvent(forged);
      // Every event needs a leaf index (migration 6): the forger takes the next one and grows the
      // Merkle tree over it as the append functions do, so the store goes on taking appends.
      await insertEventRow(
        sql,
        schema,
        { ...forged, revision: BigInt(revision), metadata: { ...forged.metadata, hash } },
        {
          position: `nextval('"${schema}".event_position')`,
          leafIndex: `(SELECT size FROM "${schema}".merkle_head)`,
        },
      );
      await sql.query(`SELECT "${schema}".grow_merkle_tree()`);
      return {
        streamId,
        revision: target.revision + 1n,
        reason: 'broken-link',
        expected: hash,
        found: target.metadata.previousHash,
      };
    }
  }
};

/** `BROKEN parcel-X@5: hash-mismatch (expected …, found …)`, as `verify` prints it. */
export const brokenLine = (b: ExpectedBreak): string =>
  `BROKEN ${b.streamId}@${b.revision}: ${b.reason} (expected ${b.expected ?? 'none'}, found ${b.found ?? 'none'})`;
