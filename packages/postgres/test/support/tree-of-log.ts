import {
  appendEventLeaves,
  type EventStore,
  emptyFrontier,
  frontierRoot,
  hashToHex,
  type RecordedEvent,
} from '@parcel-claims/eventsourcing';
import { type SqlExecutor, schemaNames } from '../../src/index.js';

/** A log's Merkle tree in comparable form: head, every node above the leaves, every leaf index. */
export interface ComparableTree {
  readonly size: number;
  readonly root: string;
  /** `level:index` → hash in hex, in level then index order. */
  readonly nodes: readonly (readonly [string, string])[];
  /** `[position, leaf index]` for every event, in position order. */
  readonly leaves: readonly (readonly [string, number])[];
}

/** Every event of a store's log, in position order. */
export const wholeLog = async (store: EventStore): Promise<readonly RecordedEvent[]> => {
  const events: RecordedEvent[] = [];
  for await (const batch of store.readAll()) events.push(...batch);
  return events;
};

const byAddress = (a: readonly [string, string], b: readonly [string, string]): number => {
  const [levelA, indexA] = a[0].split(':').map(Number);
  const [levelB, indexB] = b[0].split(':').map(Number);
  return (levelA ?? 0) - (levelB ?? 0) || (indexA ?? 0) - (indexB ?? 0);
};

/** The tree `appendLeaves` grows over the log's events read back, one leaf per event in position order. */
export const treeComputedFrom = (log: readonly RecordedEvent[]): ComparableTree => {
  const { frontier, nodes } = appendEventLeaves(emptyFrontier, log);
  return {
    size: frontier.size,
    root: hashToHex(frontierRoot(frontier)),
    nodes: nodes
      .filter((node) => node.level > 0)
      .map((node): [string, string] => [`${node.level}:${node.index}`, hashToHex(node.hash)])
      .sort(byAddress),
    leaves: log.map((event, index): [string, number] => [event.position.toString(), index]),
  };
};

/** The tree as the schema stores it: the head through `store.tree`, nodes and leaf indexes from the tables. */
export const treeStoredIn = async (
  store: EventStore,
  executor: SqlExecutor,
  schema: string,
): Promise<ComparableTree> => {
  const { qualified } = schemaNames(schema);
  if (store.tree === undefined) throw new Error(`the store of schema ${schema} has no tree`);
  const head = await store.tree.head();
  const nodes = await executor.query(
    `SELECT level::text || ':' || idx::text AS address, encode(hash, 'hex') AS hash
       FROM ${qualified('merkle_nodes')}`,
  );
  const leaves = await executor.query(
    `SELECT e.position::text AS position, e.leaf_index::integer AS leaf_index
       FROM ${qualified('events')} e ORDER BY e.position`,
  );
  return {
    size: head.size,
    root: hashToHex(head.root),
    nodes: nodes.rows.map((row): [string, string] => [String(row.address), String(row.hash)]).sort(byAddress),
    leaves: leaves.rows.map((row): [string, number] => [String(row.position), Number(row.leaf_index)]),
  };
};
