import type { MerkleNodeReader } from './merkle-node-store.js';
import { consistencyRanges, inclusionRanges } from './proof-ranges.js';
import { readRanges } from './read-ranges.js';
import type { Hash } from './tree-hash.js';

/**
 * Why a proof or tree head cannot be made:
 * - `index-beyond-size`: the leaf is not in a tree of that size;
 * - `sizes-out-of-order`: the first tree is larger than the second;
 * - `beyond-tree`: the size is larger than the tree in the store (a node it needs is not stored).
 */
export type ProofUnavailable = 'index-beyond-size' | 'sizes-out-of-order' | 'beyond-tree';

/** A proof's hashes, or why the tree cannot give it. */
export type ProofResult =
  | { readonly ok: true; readonly proof: readonly Hash[] }
  | { readonly ok: false; readonly reason: ProofUnavailable };

/** The root of the tree at a size, or that the tree is not that large. */
export type TreeHeadResult =
  | { readonly ok: true; readonly root: Hash }
  | { readonly ok: false; readonly reason: 'beyond-tree' };

const fromStore = async (
  store: MerkleNodeReader,
  ranges: Parameters<typeof readRanges>[1],
): Promise<ProofResult> => {
  const proof = await readRanges(store, ranges);
  return proof === undefined ? { ok: false, reason: 'beyond-tree' } : { ok: true, proof };
};

/**
 * The root of the first `size` leaves of the tree in the store (any size up to the tree's), from
 * O(log n) stored nodes.
 *
 * @example
 * const head = await treeHead(nodes, 1_000);
 * if (head.ok) console.log(hashToHex(head.root));
 */
export const treeHead = async (store: MerkleNodeReader, size: number): Promise<TreeHeadResult> => {
  const [root] = (await readRanges(store, [{ start: 0, end: size }])) ?? [];
  return root === undefined ? { ok: false, reason: 'beyond-tree' } : { ok: true, root };
};

/**
 * RFC 9162 §2.1.3.1 inclusion proof of leaf `index` in the tree of its first `size` leaves, from
 * O(log n) stored nodes read in one call. Check it with {@link verifyInclusion}.
 */
export const inclusionProof = async (
  store: MerkleNodeReader,
  index: number,
  size: number,
): Promise<ProofResult> =>
  index < 0 || index >= size
    ? { ok: false, reason: 'index-beyond-size' }
    : fromStore(store, inclusionRanges(index, size));

/**
 * RFC 9162 §2.1.4.1 consistency proof that the tree of `first` leaves is a prefix of the tree
 * of `second`, from O(log n) stored nodes read in one call. Check it with {@link verifyConsistency}.
 */
export const consistencyProof = async (
  store: MerkleNodeReader,
  first: number,
  second: number,
): Promise<ProofResult> =>
  first < 0 || first > second
    ? { ok: false, reason: 'sizes-out-of-order' }
    : fromStore(store, consistencyRanges(first, second));
