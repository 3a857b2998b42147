import type { NodeAddress, StoredNode } from './node-address.js';
import type { Hash } from './tree-hash.js';

/**
 * Where the hash of every complete subtree of a log's tree is kept, so that tree heads and proofs
 * read O(log n) nodes instead of rehashing leaves. A store writes the nodes {@link appendLeaves}
 * returns, in the same transaction as the frontier, and answers reads of any of them.
 */
export interface MerkleNodeStore {
  /** The hashes at the given addresses, in order; `undefined` where a node is not stored. */
  readonly read: (addresses: readonly NodeAddress[]) => Promise<readonly (Hash | undefined)[]>;
  /** Stores the nodes a batch of leaves completed. */
  readonly write: (nodes: readonly StoredNode[]) => Promise<void>;
}

/** The reading half of a {@link MerkleNodeStore}: all that tree heads and proofs need. */
export type MerkleNodeReader = Pick<MerkleNodeStore, 'read'>;

/**
 * A {@link MerkleNodeStore} in memory: one array per level.
 *
 * @example
 * const nodes = memoryNodeStore();
 * const appended = appendLeaves(emptyFrontier, leaves.map(leafHash));
 * await nodes.write(appended.nodes);
 */
export const memoryNodeStore = (): MerkleNodeStore => {
  const levels: Hash[][] = [];
  return {
    read: async (addresses) => addresses.map(({ level, index }) => levels[level]?.[index]),
    write: async (nodes) => {
      for (const { level, index, hash } of nodes) {
        let row = levels[level];
        if (row === undefined) {
          row = [];
          levels[level] = row;
        }
        row[index] = hash;
      }
    },
  };
};
