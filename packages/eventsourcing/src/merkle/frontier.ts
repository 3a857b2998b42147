import type { StoredNode } from './node-address.js';
import { emptyRoot, type Hash, hashFromHex, hashToHex, nodeHash } from './tree-hash.js';

// A frontier's peaks are checked where it enters (isFrontier), so each is 64 hex digits here.
const peakHash = (peak: string): Hash => Buffer.from(peak, 'hex');

/**
 * What an append-only tree must remember to grow and to give its root: its size and the hashes
 * of its largest complete subtrees (one per binary digit of the size, largest first), in hex. It
 * holds at most 53 hashes and is plain JSON, so a store keeps it beside its log.
 */
export interface Frontier {
  readonly size: number;
  readonly peaks: readonly string[];
}

/** The frontier of a tree with no leaves. */
export const emptyFrontier: Frontier = { size: 0, peaks: [] };

/** A frontier grown by some leaves, and the complete subtrees the leaves completed. */
export interface Appended {
  readonly frontier: Frontier;
  /** Every node completed by the leaves, leaves (level 0) included, for a {@link MerkleNodeStore}. */
  readonly nodes: readonly StoredNode[];
}

/**
 * Appends leaf hashes (see `leafHash`) to a tree. Costs O(k + log n) hashes for k leaves on a
 * tree of n: each leaf completes one node on average, and the peaks are read and written once.
 *
 * @example
 * const { frontier, nodes } = appendLeaves(emptyFrontier, events.map((e) => leafHash(e.hashBytes)));
 */
export const appendLeaves = (frontier: Frontier, leafHashes: readonly Hash[]): Appended => {
  const peaks = frontier.peaks.map(peakHash);
  const nodes: StoredNode[] = [];
  let size = frontier.size;
  for (const leaf of leafHashes) {
    pushLeaf(peaks, size, leaf, (level, index, hash) => nodes.push({ level, index, hash }));
    size += 1;
  }
  return { frontier: { size, peaks: peaks.map(hashToHex) }, nodes };
};

/**
 * Adds one leaf to a tree of `size` leaves whose peaks (largest first) are in `peaks`, which it
 * updates in place, and tells `completed` of every node the leaf completes, the leaf itself
 * first. The step {@link appendLeaves} repeats; a tree kept in memory calls it directly and so
 * keeps its peaks as bytes, never as hex.
 */
export const pushLeaf = (
  peaks: Hash[],
  size: number,
  leaf: Hash,
  completed: (level: number, index: number, hash: Hash) => void,
): void => {
  let node = leaf;
  let index = size;
  let level = 0;
  completed(level, index, node);
  // Each trailing 1 bit of the size is a peak of the same width as `node`: merge them.
  while (index % 2 === 1) {
    const left = peaks.pop();
    if (left === undefined) break;
    node = nodeHash(left, node);
    index = (index - 1) / 2;
    level += 1;
    completed(level, index, node);
  }
  peaks.push(node);
};

/** Hashes a row of subtrees, largest first, into the root over them: right to left. */
export const foldPeaks = (peaks: readonly Hash[]): Hash => {
  let root = peaks[peaks.length - 1];
  if (root === undefined) return emptyRoot;
  for (let i = peaks.length - 2; i >= 0; i -= 1) {
    const peak = peaks[i];
    if (peak !== undefined) root = nodeHash(peak, root);
  }
  return root;
};

/** The root (tree head) of the tree a frontier describes, at its size. */
export const frontierRoot = (frontier: Frontier): Hash => foldPeaks(frontier.peaks.map(peakHash));

const countOnes = (n: number): number => {
  let ones = 0;
  for (let rest = n; rest > 0; rest = Math.floor(rest / 2)) ones += rest % 2;
  return ones;
};

/**
 * Whether a value read back from storage is a {@link Frontier}: a safe size and one 64-digit hex
 * peak per binary 1 of it. Check a frontier with this before growing a tree from it.
 */
export const isFrontier = (value: unknown): value is Frontier => {
  if (typeof value !== 'object' || value === null || !('size' in value) || !('peaks' in value)) return false;
  const { size, peaks } = value;
  return (
    Number.isSafeInteger(size) &&
    typeof size === 'number' &&
    size >= 0 &&
    Array.isArray(peaks) &&
    peaks.length === countOnes(size) &&
    peaks.every((peak) => typeof peak === 'string' && hashFromHex(peak) !== undefined)
  );
};
