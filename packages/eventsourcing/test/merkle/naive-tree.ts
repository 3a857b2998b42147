import { createHash } from 'node:crypto';

/**
 * RFC 9162 §2.1 written as the RFC states it, recursively over the leaves: the model the
 * incremental tree and the stored-node proofs are checked against. Every proof hash comes with
 * the leaves it covers.
 */
const sha256 = (...parts: readonly Uint8Array[]): Buffer => {
  const digest = createHash('sha256');
  for (const part of parts) digest.update(part);
  return digest.digest();
};

const split = (n: number): number => 2 ** Math.ceil(Math.log2(n) - 1);

export const naiveLeafHash = (leaf: Uint8Array): Buffer => sha256(Buffer.from([0]), leaf);

export const naiveRoot = (leaves: readonly Uint8Array[]): Buffer => {
  if (leaves.length === 0) return sha256();
  const [only] = leaves;
  if (leaves.length === 1 && only !== undefined) return naiveLeafHash(only);
  const k = split(leaves.length);
  return sha256(Buffer.from([1]), naiveRoot(leaves.slice(0, k)), naiveRoot(leaves.slice(k)));
};

export interface ProofStep {
  readonly hash: Buffer;
  readonly start: number;
  readonly end: number;
}

const step = (leaves: readonly Uint8Array[], offset: number, start: number, end: number): ProofStep => ({
  hash: naiveRoot(leaves.slice(start, end)),
  start: offset + start,
  end: offset + end,
});

/** PATH(m, D[n]) of RFC 9162 §2.1.3.1. */
export const naiveInclusion = (leaves: readonly Uint8Array[], m: number, offset = 0): ProofStep[] => {
  const n = leaves.length;
  if (n <= 1) return [];
  const k = split(n);
  return m < k
    ? [...naiveInclusion(leaves.slice(0, k), m, offset), step(leaves, offset, k, n)]
    : [...naiveInclusion(leaves.slice(k), m - k, offset + k), step(leaves, offset, 0, k)];
};

/** SUBPROOF(m, D[n], b) of RFC 9162 §2.1.4.1. */
const subproof = (leaves: readonly Uint8Array[], m: number, whole: boolean, offset: number): ProofStep[] => {
  const n = leaves.length;
  if (m === n) return whole ? [] : [step(leaves, offset, 0, n)];
  const k = split(n);
  return m <= k
    ? [...subproof(leaves.slice(0, k), m, whole, offset), step(leaves, offset, k, n)]
    : [...subproof(leaves.slice(k), m - k, false, offset + k), step(leaves, offset, 0, k)];
};

/** PROOF(m, D[n]); empty when m is 0 or n. */
export const naiveConsistency = (leaves: readonly Uint8Array[], m: number): ProofStep[] =>
  m === 0 || m === leaves.length ? [] : subproof(leaves, m, true, 0);
