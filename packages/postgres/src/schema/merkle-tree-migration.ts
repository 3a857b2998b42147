import { appendBatchesFunction } from './append-batches-function.js';
import { appendFunction } from './append-function.js';
import { growTreeFunction } from './merkle-tree-sql.js';
import type { Migration } from './migration.js';

/**
 * Version 6: the RFC 9162 Merkle tree over the global log, kept beside `events` and grown in the
 * transaction of each append (docs/adr/0014-postgres-merkle-tree.md).
 *
 * - `events.leaf_index`: each event's leaf, 0, 1, 2, … in position order (positions may have
 *   gaps, leaf indexes have none). NOT NULL, so no writer can record an event the tree misses.
 * - `merkle_head`: one row, the tree's size and its peaks (the frontier), largest first.
 * - `merkle_nodes`: every complete subtree above the leaves; a leaf is the hash of its event's
 *   `hash`, read from `events`.
 * - `tree_checkpoints`: signed checkpoint notes, in the order kept, each text once.
 *
 * The events already recorded get their leaf indexes and the tree is built over them in this
 * step's transaction, and both append functions are replaced by ones that grow the tree, so every
 * writer of the schema, of whatever version, grows it.
 */
export const merkleTreeMigration: Migration = {
  version: 6,
  name: 'merkle tree',
  statements: (names) => {
    const { qualified } = names;
    return [
      `ALTER TABLE ${qualified('events')} ADD COLUMN leaf_index bigint CHECK (leaf_index >= 0)`,
      `UPDATE ${qualified('events')} e SET leaf_index = o.leaf_index
         FROM (SELECT position, row_number() OVER (ORDER BY position) - 1 AS leaf_index
                 FROM ${qualified('events')}) o
        WHERE e.position = o.position`,
      `ALTER TABLE ${qualified('events')} ALTER COLUMN leaf_index SET NOT NULL`,
      `ALTER TABLE ${qualified('events')} ADD CONSTRAINT events_leaf_index_key UNIQUE (leaf_index)`,
      `CREATE TABLE ${qualified('merkle_head')} (
        only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
        size bigint NOT NULL CHECK (size >= 0),
        peaks bytea[] NOT NULL
      )`,
      `INSERT INTO ${qualified('merkle_head')} (size, peaks) VALUES (0, '{}')`,
      `CREATE TABLE ${qualified('merkle_nodes')} (
        level smallint NOT NULL CHECK (level > 0),
        idx bigint NOT NULL CHECK (idx >= 0),
        hash bytea NOT NULL,
        PRIMARY KEY (level, idx)
      )`,
      `CREATE TABLE ${qualified('tree_checkpoints')} (
        seq bigserial PRIMARY KEY,
        tree_size bigint NOT NULL CHECK (tree_size >= 0),
        note text NOT NULL UNIQUE,
        kept_at timestamptz NOT NULL DEFAULT now()
      )`,
      growTreeFunction(names),
      `SELECT ${qualified('grow_merkle_tree')}()`,
      appendFunction(names, 6),
      appendBatchesFunction(names, 6),
    ];
  },
};
