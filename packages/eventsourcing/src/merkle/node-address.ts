import type { Hash } from './tree-hash.js';

/**
 * A complete, aligned subtree: the leaves `index·2^level` to `(index+1)·2^level − 1`. Level 0
 * is a leaf; the node at level L and index i is the hash of the nodes (L−1, 2i) and (L−1, 2i+1).
 */
export interface NodeAddress {
  readonly level: number;
  readonly index: number;
}

/** A complete subtree's hash, written when its last leaf is appended. */
export interface StoredNode extends NodeAddress {
  readonly hash: Hash;
}

/** The leaves [start, end) of a tree. */
export interface LeafRange {
  readonly start: number;
  readonly end: number;
}

/**
 * The complete subtrees that make up the range [start, end), largest first: the binary digits of
 * its length, from the top. Every range a proof or a tree head needs starts at a multiple of its
 * largest subtree, so each part is aligned.
 */
export const rangeNodes = (range: LeafRange): NodeAddress[] => {
  const nodes: NodeAddress[] = [];
  let start = range.start;
  let remaining = range.end - range.start;
  let width = 1;
  let level = 0;
  while (width * 2 <= remaining) {
    width *= 2;
    level += 1;
  }
  while (remaining > 0) {
    if (width <= remaining) {
      nodes.push({ level, index: start / width });
      start += width;
      remaining -= width;
    }
    width /= 2;
    level -= 1;
  }
  return nodes;
};

/** The largest power of two below `n` (n ≥ 2): where RFC 9162 splits a tree of n leaves. */
export const splitPoint = (n: number): number => {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
};
