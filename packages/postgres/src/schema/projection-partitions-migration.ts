import type { Migration } from './migration.js';

/**
 * Version 7: what projection workers that share a projection keep (docs/adr/0025-projection-workers.md).
 *
 * - `projection_partitionings`: each shared projection's partition count, fixed when its first
 *   worker starts, so every worker splits the log the same way.
 * - `projection_partitions`: one row per partition, its checkpoint (the position up to which every
 *   event of the partition is applied) and its lease (the worker that holds it and until when, on
 *   the database's clock).
 * - `projection_workers`: the workers alive, each until its heartbeat expires, so that each can
 *   tell its fair share.
 * - `projection_stream_revisions`: for read models fed by a broker that may redeliver (persistent
 *   subscriptions), the last revision of each stream applied, written with the read model's rows.
 */
export const projectionPartitionsMigration: Migration = {
  version: 7,
  name: 'projection partitions',
  statements: ({ qualified }) => [
    `CREATE TABLE ${qualified('projection_partitionings')} (
      projection text PRIMARY KEY,
      partitions integer NOT NULL CHECK (partitions BETWEEN 1 AND 4096)
    )`,
    `CREATE TABLE ${qualified('projection_partitions')} (
      projection text NOT NULL REFERENCES ${qualified('projection_partitionings')} (projection),
      partition integer NOT NULL CHECK (partition >= 0),
      position bigint NOT NULL DEFAULT 0 CHECK (position >= 0),
      owner text,
      lease_expires_at timestamptz,
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (projection, partition),
      CONSTRAINT projection_partitions_lease_check CHECK ((owner IS NULL) = (lease_expires_at IS NULL))
    )`,
    `CREATE TABLE ${qualified('projection_workers')} (
      projection text NOT NULL REFERENCES ${qualified('projection_partitionings')} (projection),
      worker text NOT NULL,
      expires_at timestamptz NOT NULL,
      PRIMARY KEY (projection, worker)
    )`,
    `CREATE TABLE ${qualified('projection_stream_revisions')} (
      projection text NOT NULL,
      stream_id text NOT NULL,
      revision bigint NOT NULL CHECK (revision >= -1),
      PRIMARY KEY (projection, stream_id)
    )`,
  ],
};
