import { type LeafRange, splitPoint } from './node-address.js';

/**
 * The subtrees whose hashes make the inclusion proof of leaf `index` in a tree of `size` leaves
 * (RFC 9162 §2.1.3.1 PATH), in proof order: the leaf's sibling first, the root's child last.
 * Needs index < size.
 */
export const inclusionRanges = (index: number, size: number): LeafRange[] => {
  const ranges: LeafRange[] = [];
  let start = 0;
  let end = size;
  while (end - start > 1) {
    const middle = start + splitPoint(end - start);
    if (index < middle) {
      ranges.push({ start: middle, end });
      end = middle;
    } else {
      ranges.push({ start, end: middle });
      start = middle;
    }
  }
  return ranges.reverse();
};

/**
 * The subtrees whose hashes make the consistency proof from the tree of `first` leaves to the
 * tree of `second` (RFC 9162 §2.1.4.1 SUBPROOF), in proof order. Empty when first is 0 or equals
 * second; needs first ≤ second.
 */
export const consistencyRanges = (first: number, second: number): LeafRange[] => {
  if (first === 0 || first === second) return [];
  const ranges: LeafRange[] = [];
  let start = 0;
  let end = second;
  // Whether the subtree [start, end) still holds the old root as a node of its own.
  let holdsOldRoot = true;
  while (first - start !== end - start) {
    const middle = start + splitPoint(end - start);
    if (first <= middle) {
      ranges.push({ start: middle, end });
      end = middle;
    } else {
      ranges.push({ start, end: middle });
      start = middle;
      holdsOldRoot = false;
    }
  }
  if (!holdsOldRoot) ranges.push({ start, end });
  return ranges.reverse();
};
