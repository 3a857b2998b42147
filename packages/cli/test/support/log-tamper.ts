import { randomUUID } from 'node:crypto';
import type { RecordedEvent } from '@parcel-claims/eventsourcing';
import type { SqlExecutor } from '@parcel-claims/postgres';
import { eventsTable, hashOfEvent, insertEventRow } from './tamper.js';

// Alterations of the whole log, as an intruder with write access to the database and no signing
// key would make them: each leaves every stream's hash chain intact, so only a check of the log
// against a signed checkpoint can name them.

// A position far beyond any a test log reaches, where rows are parked while positions move.
const parked = 1_000_000_000_000;

/** Removes the last `count` events of a stream: its chain stays intact, only shorter. */
export const truncateTail = async (sql: SqlExecutor, schema: string, streamId: string, count: number) => {
  await sql.query(
    `DELETE FROM ${eventsTable(schema)} WHERE stream_id = $1 AND revision > (SELECT max(revision) - $2 FROM ${eventsTable(schema)} WHERE stream_id = $1)`,
    [streamId, count],
  );
};

/** Removes a whole stream. */
export const deleteStream = async (sql: SqlExecutor, schema: string, streamId: string) => {
  await sql.query(`DELETE FROM ${eventsTable(schema)} WHERE stream_id = $1`, [streamId]);
};

/**
 * Rewrites a stream from `revision` on with `change` applied to that event's data, and every hash
 * from there on recomputed so that the chain verifies again.
 */
export const rewriteWithRecomputedHashes = async (
  sql: SqlExecutor,
  schema: string,
  events: readonly RecordedEvent[],
  revision: number,
  change: (data: unknown) => unknown,
) => {
  let previousHash = events[revision - 1]?.metadata.hash ?? null;
  for (const event of events.slice(revision)) {
    const data = event.revision === BigInt(revision) ? change(event.data) : event.data;
    const hash = hashOfEvent({ ...event, data, metadata: { ...event.metadata, previousHash } });
    await sql.query(
      `UPDATE ${eventsTable(schema)} SET data = $3, previous_hash = $4, hash = $5 WHERE stream_id = $1 AND revision = $2`,
      [event.streamId, event.revision, JSON.stringify(data), previousHash, hash],
    );
    previousHash = hash;
  }
};

/**
 * Inserts a forged event in the middle of the log: it continues `stream` (a stream whose last
 * event is before `position`) with a correctly chained hash, and takes the place right after
 * `position`, every later event moving one position up.
 */
export const insertIntoLog = async (
  sql: SqlExecutor,
  schema: string,
  stream: readonly RecordedEvent[],
  position: bigint,
) => {
  const last = stream[stream.length - 1];
  if (last === undefined) throw new Error('insertIntoLog needs a stream with events');
  const table = eventsTable(schema);
  // Two steps, so that positions stay positive and unique after each statement.
  await sql.query(`UPDATE ${table} SET position = position + ${parked} WHERE position > $1`, [position]);
  await sql.query(`UPDATE ${table} SET position = position - ${parked} + 1 WHERE position > ${parked}`);
  const forged = {
    ...last,
    revision: last.revision + 1n,
    eventId: randomUUID(),
    metadata: { ...last.metadata, previousHash: last.metadata.hash },
  };
  const hash = hashOfEvent(forged);
  await insertEventRow(
    sql,
    schema,
    { ...forged, metadata: { ...forged.metadata, hash } },
    {
      position: (position + 1n).toString(),
      leafIndex: `(SELECT max(leaf_index) + 1 FROM ${table})`,
    },
  );
};

/**
 * What an intruder does last, to leave no trace but in signed checkpoints kept elsewhere: the
 * events' leaf indexes renumbered in position order, the Merkle tree rebuilt over the log as it now
 * is, and the checkpoints the store kept removed.
 */
export const rebuildTree = async (sql: SqlExecutor, schema: string) => {
  const table = eventsTable(schema);
  // Two steps, so that the unique leaf indexes hold after each statement.
  await sql.query(`UPDATE ${table} SET leaf_index = leaf_index + 1000000000`);
  await sql.query(
    `UPDATE ${table} e SET leaf_index = o.n FROM (SELECT position, row_number() OVER (ORDER BY position) - 1 AS n FROM ${table}) o WHERE e.position = o.position`,
  );
  await sql.query(`DELETE FROM "${schema}".merkle_nodes`);
  await sql.query(`UPDATE "${schema}".merkle_head SET size = 0, peaks = '{}'`);
  await sql.query(`SELECT "${schema}".grow_merkle_tree()`);
  await sql.query(`DELETE FROM "${schema}".tree_checkpoints`);
};

/** Swaps the global positions of two events of different streams: both chains stay intact. */
export const swapPositions = async (sql: SqlExecutor, schema: string, a: bigint, b: bigint) => {
  const table = eventsTable(schema);
  await sql.query(`UPDATE ${table} SET position = ${parked} WHERE position = $1`, [a]);
  await sql.query(`UPDATE ${table} SET position = $1 WHERE position = $2`, [a, b]);
  await sql.query(`UPDATE ${table} SET position = $1 WHERE position = ${parked}`, [b]);
};
