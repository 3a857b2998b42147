import {
  eventLeafHash,
  frontierRoot,
  type Hash,
  hashFromHex,
  isFrontier,
  type KeptCheckpoint,
  type LogTree,
  type NodeAddress,
} from '@parcel-claims/eventsourcing';
import { bigintField, integerField, jsonField, nullableTextField, textField } from '../rows/row-fields.js';
import { UnexpectedRow } from '../rows/unexpected-row.js';
import type { SchemaNames } from '../schema/schema-names.js';
import type { SqlExecutor, SqlRow } from '../sql-executor.js';
import { unlessUnavailable } from './unavailable.js';

const safeNumber = (row: SqlRow, field: string): number => {
  const value = bigintField(row, field);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new UnexpectedRow({ field, expected: 'a safe integer', found: value.toString() });
  }
  return Number(value);
};

// One row per address, in the order asked: a stored node above the leaves, or the hash of the
// event that is the leaf. Neither when the tree has no such complete subtree yet.
const nodeOf = (row: SqlRow): Hash | undefined => {
  const node = nullableTextField(row, 'node');
  if (node !== null) {
    const hash = hashFromHex(node);
    if (hash === undefined)
      throw new UnexpectedRow({ field: 'node', expected: '32 bytes in hex', found: node });
    return hash;
  }
  const leaf = nullableTextField(row, 'leaf');
  return leaf === null ? undefined : eventLeafHash(leaf);
};

/**
 * The {@link LogTree} of a schema at migration 6 or later, read from the tables the append
 * functions grow (`merkle_head`, `merkle_nodes`, `events.leaf_index`) and from
 * `tree_checkpoints`. Only `checkpoints.add` writes. Failures reject with `StoreUnavailable`.
 */
export const pgLogTree = (executor: SqlExecutor, { qualified }: SchemaNames): LogTree => ({
  head: () =>
    unlessUnavailable(async () => {
      const { rows } = await executor.query(
        `SELECT h.size::text AS size,
                (SELECT coalesce(json_agg(encode(p.peak, 'hex') ORDER BY p.n), '[]')
                   FROM unnest(h.peaks) WITH ORDINALITY AS p(peak, n))::text AS peaks
           FROM ${qualified('merkle_head')} h`,
      );
      const [row] = rows;
      if (row === undefined) {
        throw new UnexpectedRow({ field: 'merkle_head', expected: 'one row', found: 'no row' });
      }
      const frontier = { size: safeNumber(row, 'size'), peaks: jsonField(row, 'peaks') };
      if (!isFrontier(frontier)) {
        throw new UnexpectedRow({
          field: 'peaks',
          expected: 'one peak per binary 1 of size',
          found: frontier,
        });
      }
      return { size: frontier.size, root: frontierRoot(frontier) };
    }),
  nodes: {
    read: (addresses: readonly NodeAddress[]) =>
      unlessUnavailable(async () => {
        if (addresses.length === 0) return [];
        const { rows } = await executor.query(
          `SELECT a.n::integer AS n, encode(m.hash, 'hex') AS node, e.hash AS leaf
             FROM unnest($1::integer[], $2::bigint[]) WITH ORDINALITY AS a(level, idx, n)
             LEFT JOIN ${qualified('merkle_nodes')} m ON a.level > 0 AND m.level = a.level AND m.idx = a.idx
             LEFT JOIN ${qualified('events')} e ON a.level = 0 AND e.leaf_index = a.idx
            ORDER BY a.n`,
          [addresses.map(({ level }) => level), addresses.map(({ index }) => index.toString())],
        );
        const found = new Map(rows.map((row) => [integerField(row, 'n'), nodeOf(row)]));
        return addresses.map((_, i) => found.get(i + 1));
      }),
  },
  leafIndexOf: (position) =>
    unlessUnavailable(async () => {
      const { rows } = await executor.query(
        `SELECT leaf_index::text AS leaf_index FROM ${qualified('events')} WHERE position = $1::bigint`,
        [position.toString()],
      );
      const [row] = rows;
      return row === undefined ? undefined : safeNumber(row, 'leaf_index');
    }),
  checkpoints: {
    add: ({ treeSize, note }: KeptCheckpoint) =>
      unlessUnavailable(async () => {
        await executor.query(
          `INSERT INTO ${qualified('tree_checkpoints')} (tree_size, note) VALUES ($1::bigint, $2::text)
           ON CONFLICT (note) DO NOTHING`,
          [treeSize.toString(), note],
        );
      }),
    list: () =>
      unlessUnavailable(async () => {
        const { rows } = await executor.query(
          `SELECT tree_size::text AS tree_size, note FROM ${qualified('tree_checkpoints')} ORDER BY seq`,
        );
        return rows.map((row) => ({ treeSize: bigintField(row, 'tree_size'), note: textField(row, 'note') }));
      }),
  },
});
