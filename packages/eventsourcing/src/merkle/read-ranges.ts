import { foldPeaks } from './frontier.js';
import type { MerkleNodeReader } from './merkle-node-store.js';
import { type LeafRange, rangeNodes } from './node-address.js';
import type { Hash } from './tree-hash.js';

/**
 * The hash of each range, from the stored nodes that make it up, read in one call: O(log n)
 * nodes per range. `undefined` when the store lacks one of them (the range reaches past what was
 * appended).
 */
export const readRanges = async (
  store: MerkleNodeReader,
  ranges: readonly LeafRange[],
): Promise<Hash[] | undefined> => {
  const parts = ranges.map(rangeNodes);
  const hashes = await store.read(parts.flat());
  if (hashes.some((hash) => hash === undefined)) return undefined;
  const known = hashes.filter((hash) => hash !== undefined);
  let next = 0;
  return parts.map((part) => {
    const peaks = known.slice(next, next + part.length);
    next += part.length;
    return foldPeaks(peaks);
  });
};
