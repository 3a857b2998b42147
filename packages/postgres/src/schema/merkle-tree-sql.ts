import type { SchemaNames } from './schema-names.js';

// Fragments and the function with which every append grows the schema's Merkle tree (RFC 9162)
// in its own transaction, while it holds the append lock. See docs/adr/0014-postgres-merkle-tree.md.

/**
 * The bytes an event's leaf is the hash of, as `eventLeafHash` takes them: the 32 bytes of a
 * 64-hex-digit hash, or the UTF-8 text of any other (a damaged event still gets a leaf).
 */
const leafInput = (column: string): string =>
  `CASE WHEN ${column} ~ '^[0-9a-fA-F]{64}$' THEN decode(${column}, 'hex') ELSE convert_to(${column}, 'UTF8') END`;

/**
 * `grow_merkle_tree()`: adds to the tree every event whose `leaf_index` is not yet in it, in leaf
 * order, exactly as `appendLeaves` does: leaf = SHA-256(0x00 ‖ hash bytes); each trailing 1 bit
 * of the size merges the last peak with the new node, node = SHA-256(0x01 ‖ left ‖ right). Every
 * completed node above the leaves goes into `merkle_nodes` (leaves are read from `events`), and
 * the new size and peaks into `merkle_head`. Leaf indexes must follow the tree's size without a
 * gap; a gap raises an error naming the schema and the indexes, so the append that made it
 * rolls back rather than leave a tree that differs from the log.
 */
export const growTreeFunction = ({ qualified, schema }: SchemaNames): string => `
CREATE FUNCTION ${qualified('grow_merkle_tree')}() RETURNS void LANGUAGE plpgsql
-- The lookup by leaf index must use its unique index however small the table was when planned.
-- Every statement here has an index to use: a plan forced onto a sequential scan would cost
-- enough to be compiled by the JIT on every call.
SET enable_seqscan = off
AS $grow$
DECLARE
  v_size bigint;
  v_peaks bytea[];
  v_leaves bytea[];
  v_count bigint;
  v_last bigint;
  v_node bytea;
  v_index bigint;
  v_level smallint;
  v_levels smallint[] := '{}';
  v_indexes bigint[] := '{}';
  v_hashes bytea[] := '{}';
BEGIN
  SELECT h.size, h.peaks INTO v_size, v_peaks FROM ${qualified('merkle_head')} h WHERE h.only_row = true;
  -- The new leaves, hashed in one statement; the leaf indexes are unique, so they follow the
  -- tree's size without a gap exactly when the last one is the size plus their count less one.
  SELECT array_agg(sha256('\\x00'::bytea || ${leafInput('e.hash')}) ORDER BY e.leaf_index),
         count(*), max(e.leaf_index)
    INTO v_leaves, v_count, v_last
    FROM ${qualified('events')} e
   WHERE e.leaf_index >= v_size;
  IF v_count = 0 THEN
    RETURN;
  END IF;
  IF v_last <> v_size + v_count - 1 THEN
    RAISE EXCEPTION 'Merkle tree of schema ${schema}: the events not yet in it (%) end at leaf index %, where a tree of size % expects %',
      v_count, v_last, v_size, v_size + v_count - 1;
  END IF;
  FOREACH v_node IN ARRAY v_leaves LOOP
    v_index := v_size;
    v_level := 0;
    WHILE v_index % 2 = 1 LOOP
      v_node := sha256('\\x01'::bytea || v_peaks[cardinality(v_peaks)] || v_node);
      v_peaks := v_peaks[1:cardinality(v_peaks) - 1];
      v_index := v_index / 2;
      v_level := v_level + 1;
      v_levels := v_levels || v_level;
      v_indexes := v_indexes || v_index;
      v_hashes := v_hashes || v_node;
    END LOOP;
    v_peaks := v_peaks || v_node;
    v_size := v_size + 1;
  END LOOP;
  INSERT INTO ${qualified('merkle_nodes')} (level, idx, hash)
    SELECT * FROM unnest(v_levels, v_indexes, v_hashes);
  UPDATE ${qualified('merkle_head')} SET size = v_size, peaks = v_peaks WHERE only_row = true;
END;
$grow$`;

/** Sets `v_leaf` to the tree's size: the leaf index of the next event appended. */
export const readTreeSize = ({ qualified }: SchemaNames): string => `
  SELECT h.size INTO v_leaf FROM ${qualified('merkle_head')} h WHERE h.only_row = true;`;

/** Grows the tree by the events just inserted (see `grow_merkle_tree`). */
export const growTree = ({ qualified }: SchemaNames): string => `
  PERFORM ${qualified('grow_merkle_tree')}();`;
