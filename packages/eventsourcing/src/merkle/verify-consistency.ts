import { emptyRoot as emptyTreeRoot, type Hash, hashLength, nodeHash, sameHash } from './tree-hash.js';

/**
 * Why a consistency proof fails:
 * - `malformed`: a size is not a safe non-negative integer, or a hash is not 32 bytes;
 * - `sizes-out-of-order`: the first tree is larger than the second;
 * - `proof-not-empty`: the sizes are equal or the first is 0, where the proof must be empty;
 * - `proof-too-long` / `proof-too-short`: more / fewer hashes than the two sizes need;
 * - `first-root-mismatch`: the proof does not lead to the first root (or, first size 0, the first
 *   root is not the empty tree's);
 * - `second-root-mismatch`: it leads to the first root but not to the second (or, sizes equal,
 *   the two roots differ).
 */
export type ConsistencyFailure =
  | 'malformed'
  | 'sizes-out-of-order'
  | 'proof-not-empty'
  | 'proof-too-long'
  | 'proof-too-short'
  | 'first-root-mismatch'
  | 'second-root-mismatch';

/** Whether a consistency proof holds, or why not. */
export type ConsistencyCheck =
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: ConsistencyFailure };

/** A consistency proof to check: that the tree of the first size and root grew into the second. */
export interface ConsistencyClaim {
  readonly firstSize: number;
  readonly firstRoot: Hash;
  readonly secondSize: number;
  readonly secondRoot: Hash;
  readonly proof: readonly Hash[];
}

const isCount = (n: number): boolean => Number.isSafeInteger(n) && n >= 0;

const isPowerOfTwo = (n: number): boolean => {
  let rest = n;
  while (rest % 2 === 0) rest /= 2;
  return rest === 1;
};

/**
 * Checks a consistency proof (RFC 9162 §2.1.4.2): that the tree of `firstSize` leaves with
 * `firstRoot` is a prefix of the tree of `secondSize` with `secondRoot`. Plain values only,
 * offline; it never throws and names what failed.
 *
 * @example
 * const check = verifyConsistency({ firstSize: 6, firstRoot, secondSize: 8, secondRoot, proof });
 * if (!check.ok) console.error(`log rewritten? ${check.reason}`);
 */
export const verifyConsistency = (claim: ConsistencyClaim): ConsistencyCheck => {
  const { firstSize, secondSize, proof } = claim;
  if (
    !isCount(firstSize) ||
    !isCount(secondSize) ||
    claim.firstRoot.length !== hashLength ||
    claim.secondRoot.length !== hashLength ||
    proof.some((hash) => hash.length !== hashLength)
  ) {
    return { ok: false, reason: 'malformed' };
  }
  if (firstSize > secondSize) return { ok: false, reason: 'sizes-out-of-order' };
  if (firstSize === secondSize || firstSize === 0) {
    if (proof.length > 0) return { ok: false, reason: 'proof-not-empty' };
    if (firstSize === 0) {
      // Every tree extends the empty one; its root must still be the empty tree's.
      return sameHash(claim.firstRoot, emptyTreeRoot)
        ? { ok: true }
        : { ok: false, reason: 'first-root-mismatch' };
    }
    return sameHash(claim.firstRoot, claim.secondRoot)
      ? { ok: true }
      : { ok: false, reason: 'second-root-mismatch' };
  }
  // When the old tree is a complete subtree, its root is the proof's implicit first hash.
  const path = isPowerOfTwo(firstSize) ? [claim.firstRoot, ...proof] : proof;
  const [seed, ...rest] = path;
  if (seed === undefined) return { ok: false, reason: 'proof-too-short' };
  let fn = firstSize - 1;
  let sn = secondSize - 1;
  while (fn % 2 === 1) {
    fn = (fn - 1) / 2;
    sn = Math.floor(sn / 2);
  }
  let firstRoot = seed;
  let secondRoot = seed;
  for (const c of rest) {
    if (sn === 0) return { ok: false, reason: 'proof-too-long' };
    if (fn % 2 === 1 || fn === sn) {
      firstRoot = nodeHash(c, firstRoot);
      secondRoot = nodeHash(c, secondRoot);
      while (fn % 2 === 0 && fn !== 0) {
        fn /= 2;
        sn = Math.floor(sn / 2);
      }
    } else {
      secondRoot = nodeHash(secondRoot, c);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  if (sn !== 0) return { ok: false, reason: 'proof-too-short' };
  if (!sameHash(firstRoot, claim.firstRoot)) return { ok: false, reason: 'first-root-mismatch' };
  return sameHash(secondRoot, claim.secondRoot)
    ? { ok: true }
    : { ok: false, reason: 'second-root-mismatch' };
};
