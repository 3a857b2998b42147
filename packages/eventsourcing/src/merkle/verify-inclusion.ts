import { type Hash, hashLength, nodeHash, sameHash } from './tree-hash.js';

/**
 * Why an inclusion proof fails:
 * - `malformed`: the index or size is not a safe non-negative integer, or a hash is not 32 bytes;
 * - `index-beyond-size`: the index is not below the tree size;
 * - `proof-too-long` / `proof-too-short`: the proof has more / fewer hashes than a leaf at that
 *   index in a tree of that size needs;
 * - `root-mismatch`: the proof has the right length but does not lead to the root.
 */
export type InclusionFailure =
  | 'malformed'
  | 'index-beyond-size'
  | 'proof-too-long'
  | 'proof-too-short'
  | 'root-mismatch';

/** Whether an inclusion proof holds, or why not. */
export type InclusionCheck =
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: InclusionFailure };

/** An inclusion proof to check: that the leaf is at its index in the tree of the size and root given. */
export interface InclusionClaim {
  /** The leaf's hash (`leafHash` of its bytes). */
  readonly leafHash: Hash;
  readonly index: number;
  readonly size: number;
  readonly proof: readonly Hash[];
  /** The tree head of `size` leaves the proof is checked against. */
  readonly root: Hash;
}

const isCount = (n: number): boolean => Number.isSafeInteger(n) && n >= 0;

/**
 * Checks an inclusion proof (RFC 9162 §2.1.3.2) from plain values only, offline: it never throws
 * and names what failed.
 *
 * @example
 * const check = verifyInclusion({ leafHash: leafHash(bytes), index: 5, size: 8, proof, root });
 * if (!check.ok) console.error(`not included: ${check.reason}`);
 */
export const verifyInclusion = (claim: InclusionClaim): InclusionCheck => {
  const { index, size, proof } = claim;
  if (
    !isCount(index) ||
    !isCount(size) ||
    claim.leafHash.length !== hashLength ||
    claim.root.length !== hashLength ||
    proof.some((hash) => hash.length !== hashLength)
  ) {
    return { ok: false, reason: 'malformed' };
  }
  if (index >= size) return { ok: false, reason: 'index-beyond-size' };
  // fn and sn of the RFC: the node's index and the last index at the current level. Halving by
  // division, not shifts, as sizes may pass 2^32.
  let fn = index;
  let sn = size - 1;
  let root = claim.leafHash;
  for (const sibling of proof) {
    if (sn === 0) return { ok: false, reason: 'proof-too-long' };
    if (fn % 2 === 1 || fn === sn) {
      root = nodeHash(sibling, root);
      // A right-edge node with no sibling at this level moves up unchanged.
      while (fn % 2 === 0 && fn !== 0) {
        fn /= 2;
        sn = Math.floor(sn / 2);
      }
    } else {
      root = nodeHash(root, sibling);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  if (sn !== 0) return { ok: false, reason: 'proof-too-short' };
  return sameHash(root, claim.root) ? { ok: true } : { ok: false, reason: 'root-mismatch' };
};
