import type { MerkleNodeReader } from '../merkle/merkle-node-store.js';
import type { Hash } from '../merkle/tree-hash.js';

/** The tree a store keeps over its global log, as it stands. */
export interface LogTreeHead {
  /** Leaves in the tree: the log's first `size` events, in position order. */
  readonly size: number;
  /** RFC 9162 tree hash over those leaves. */
  readonly root: Hash;
}

/** A signed checkpoint a store keeps: the whole signed note, as it was signed. */
export interface KeptCheckpoint {
  /** The tree size the checkpoint signs (its second line). */
  readonly treeSize: bigint;
  /** The signed note's text: checkpoint body, blank line, signature lines. */
  readonly note: string;
}

/** Signed checkpoints kept beside a log, so that they can be listed and exported later. */
export interface CheckpointLog {
  /**
   * Keeps a signed checkpoint note. The same text kept twice is kept once; two different notes
   * of one tree size are both kept (a verifier names them as a fork).
   */
  readonly add: (checkpoint: KeptCheckpoint) => Promise<void>;
  /** Every kept checkpoint, in the order kept. */
  readonly list: () => Promise<readonly KeptCheckpoint[]>;
}

/**
 * A Merkle tree (RFC 9162 §2.1) over a store's global log: one leaf per event, in position order,
 * the leaf being the event's hash (see {@link eventLeafHash}). The store grows it in the same
 * transaction as the events it covers, so the tree never covers less or more than the log (a
 * store whose log and tree cannot share a transaction says how far behind its tree may be).
 * Tree heads of older sizes and proofs are made from its stored nodes (see `treeHead`,
 * `inclusionProof`, `consistencyProof`) with O(log n) reads.
 */
export interface LogTree {
  /** The tree's size and root now. */
  readonly head: () => Promise<LogTreeHead>;
  /** The stored complete-subtree hashes (read only). */
  readonly nodes: MerkleNodeReader;
  /**
   * The leaf index (0-based) of the event at a global position; `undefined` when no event of the
   * tree is recorded there. Positions need not be dense, so a leaf's index need not be its
   * position − 1.
   */
  readonly leafIndexOf: (position: bigint) => Promise<number | undefined>;
  /** Signed checkpoints of this log. */
  readonly checkpoints: CheckpointLog;
}
