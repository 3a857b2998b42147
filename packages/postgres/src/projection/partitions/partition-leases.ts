import { bigintField, integerField } from '../../rows/row-fields.js';
import type { SchemaNames } from '../../schema/schema-names.js';
import type { SqlExecutor } from '../../sql-executor.js';
import { PartitionCountMismatch } from './partition-count-mismatch.js';

/** A partition a worker holds, and its checkpoint. */
export interface HeldPartition {
  readonly partition: number;
  readonly position: bigint;
}

/** Who asks for leases: one worker of one projection. */
export interface LeaseHolder {
  readonly names: SchemaNames;
  readonly projection: string;
  readonly worker: string;
  readonly leaseSeconds: number;
}

/** The partitions as a statement parameter: JSON text, read the same way by both drivers. */
export const partitionList = (partitions: readonly number[]): string => JSON.stringify(partitions);
export const inPartitionList = (parameter: string): string =>
  `ANY (ARRAY(SELECT json_array_elements_text(${parameter}::json)::integer))`;

/**
 * Stores the projection's partition count and its partitions if it has none yet; rejects with
 * `PartitionCountMismatch` if it keeps another count.
 */
export const registerPartitions = async (
  executor: SqlExecutor,
  names: SchemaNames,
  projection: string,
  count: number,
): Promise<void> => {
  await executor.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO ${names.qualified('projection_partitionings')} (projection, partitions)
       VALUES ($1::text, $2::integer) ON CONFLICT (projection) DO NOTHING`,
      [projection, count],
    );
    const { rows } = await tx.query(
      `SELECT partitions FROM ${names.qualified('projection_partitionings')} WHERE projection = $1::text`,
      [projection],
    );
    const stored = rows[0] === undefined ? count : integerField(rows[0], 'partitions');
    if (stored !== count) throw new PartitionCountMismatch({ projection, stored, requested: count });
    await tx.query(
      `INSERT INTO ${names.qualified('projection_partitions')} (projection, partition)
       SELECT $1::text, generate_series(0, $2::integer - 1) ON CONFLICT DO NOTHING`,
      [projection, count],
    );
  });
};

const heldOf = (rows: readonly Readonly<Record<string, unknown>>[]): readonly HeldPartition[] =>
  rows
    .map((row) => ({ partition: integerField(row, 'partition'), position: bigintField(row, 'position') }))
    .sort((a, b) => a.partition - b.partition);

/**
 * One round of lease keeping, in one transaction on the database's clock: beats the worker's
 * heartbeat, renews the leases it still holds, then moves towards its fair share (the partition
 * count over the workers alive, rounded up): it releases what it holds above it, or takes
 * partitions nobody holds (or whose lease expired) up to it, skipping rows another worker has
 * locked. Resolves with the partitions held afterwards.
 */
export const keepLeases = (
  executor: SqlExecutor,
  holder: LeaseHolder,
  count: number,
): Promise<readonly HeldPartition[]> =>
  executor.transaction(async (tx) => {
    const { names, projection, worker } = holder;
    const partitions = names.qualified('projection_partitions');
    const workers = names.qualified('projection_workers');
    const lease = `now() + make_interval(secs => $3::double precision)`;
    await tx.query(
      `INSERT INTO ${workers} (projection, worker, expires_at) VALUES ($1::text, $2::text, ${lease})
       ON CONFLICT (projection, worker) DO UPDATE SET expires_at = excluded.expires_at`,
      [projection, worker, holder.leaseSeconds],
    );
    await tx.query(`DELETE FROM ${workers} WHERE projection = $1::text AND expires_at <= now()`, [
      projection,
    ]);
    const renewed = await tx.query(
      `UPDATE ${partitions} SET lease_expires_at = ${lease}
        WHERE projection = $1::text AND owner = $2::text AND lease_expires_at > now()
        RETURNING partition, position::text AS position`,
      [projection, worker, holder.leaseSeconds],
    );
    const held = heldOf(renewed.rows);
    const alive = await tx.query(
      `SELECT count(*)::integer AS alive FROM ${workers} WHERE projection = $1::text`,
      [projection],
    );
    const fair = Math.ceil(
      count / Math.max(1, alive.rows[0] === undefined ? 1 : integerField(alive.rows[0], 'alive')),
    );
    if (held.length > fair) {
      const released = held.slice(fair).map(({ partition }) => partition);
      await tx.query(
        `UPDATE ${partitions} SET owner = NULL, lease_expires_at = NULL
          WHERE projection = $1::text AND owner = $2::text AND partition = ${inPartitionList('$3')}`,
        [projection, worker, partitionList(released)],
      );
      return held.slice(0, fair);
    }
    if (held.length === fair) return held;
    const taken = await tx.query(
      `UPDATE ${partitions} p SET owner = $2::text, lease_expires_at = ${lease}
         FROM (SELECT partition FROM ${partitions}
                WHERE projection = $1::text AND (owner IS NULL OR lease_expires_at <= now())
                ORDER BY partition LIMIT $4::integer FOR UPDATE SKIP LOCKED) free
        WHERE p.projection = $1::text AND p.partition = free.partition
        RETURNING p.partition, p.position::text AS position`,
      [projection, worker, holder.leaseSeconds, fair - held.length],
    );
    return heldOf([...renewed.rows, ...taken.rows]);
  });

/**
 * Inside a batch's transaction: the partitions among `partitions` the worker still holds, their
 * rows locked until the transaction ends, so no other worker can take them over meanwhile.
 */
export const lockHeld = async (
  tx: SqlExecutor,
  holder: LeaseHolder,
  partitions: readonly number[],
): Promise<ReadonlyMap<number, bigint>> => {
  const { rows } = await tx.query(
    `SELECT partition, position::text AS position FROM ${holder.names.qualified('projection_partitions')}
      WHERE projection = $1::text AND owner = $2::text AND lease_expires_at > now()
        AND partition = ${inPartitionList('$3')}
      ORDER BY partition FOR UPDATE`,
    [holder.projection, holder.worker, partitionList(partitions)],
  );
  return new Map(heldOf(rows).map(({ partition, position }) => [partition, position]));
};

/** Gives up every lease the worker holds and its heartbeat, so others take its share at once. */
export const releaseLeases = (executor: SqlExecutor, holder: LeaseHolder): Promise<void> =>
  executor.transaction(async (tx) => {
    await tx.query(
      `UPDATE ${holder.names.qualified('projection_partitions')} SET owner = NULL, lease_expires_at = NULL
        WHERE projection = $1::text AND owner = $2::text`,
      [holder.projection, holder.worker],
    );
    await tx.query(
      `DELETE FROM ${holder.names.qualified('projection_workers')} WHERE projection = $1::text AND worker = $2::text`,
      [holder.projection, holder.worker],
    );
  });
