import { hash } from 'node:crypto';

/** A SHA-256 hash of a leaf or of a subtree: 32 bytes. */
export type Hash = Uint8Array;

/** Bytes in a {@link Hash}. */
export const hashLength = 32;

// One buffer for leaves of up to a hash's length (an event hash is one): 0x00 ‖ bytes is copied
// in, not concatenated, which halves what a leaf costs. Longer leaves are concatenated.
const leafInput = Buffer.alloc(1 + hashLength, 0x00);
// A view of it per leaf length, made once: a view per call would cost as much as the copy saves.
const leafViews = Array.from({ length: hashLength + 1 }, (_, length) => leafInput.subarray(0, 1 + length));

// One buffer for every node hash: 0x01 ‖ left ‖ right is copied in and hashed at once, so a node
// costs one one-shot hash call and no allocation but its result.
const nodeInput = Buffer.alloc(1 + 2 * hashLength, 0x01);

/**
 * RFC 9162 §2.1.1 leaf hash: SHA-256(0x00 ‖ leaf bytes). The prefix keeps a leaf from ever
 * hashing like an inner node (second-preimage resistance).
 *
 * @example
 * const leaf = leafHash(Buffer.from(event.metadata.hash, 'hex'));
 */
export const leafHash = (leaf: Uint8Array): Hash => {
  const view = leafViews[leaf.length];
  if (view === undefined) return hash('sha256', Buffer.concat([leafInput.subarray(0, 1), leaf]), 'buffer');
  leafInput.set(leaf, 1);
  return hash('sha256', view, 'buffer');
};

/** RFC 9162 §2.1.1 node hash: SHA-256(0x01 ‖ left ‖ right). */
export const nodeHash = (left: Hash, right: Hash): Hash => {
  nodeInput.set(left, 1);
  nodeInput.set(right, 1 + hashLength);
  return hash('sha256', nodeInput, 'buffer');
};

/** The root of the empty tree: SHA-256 of the empty string. */
export const emptyRoot: Hash = hash('sha256', Buffer.alloc(0), 'buffer');

/** Whether two hashes hold the same bytes. */
export const sameHash = (a: Hash, b: Hash): boolean => Buffer.compare(a, b) === 0;

/** A hash as lowercase hex. */
export const hashToHex = (value: Hash): string =>
  Buffer.from(value.buffer, value.byteOffset, value.length).toString('hex');

/** A hash from its hex text; `undefined` unless the text is exactly 64 hex digits. */
export const hashFromHex = (text: string): Hash | undefined =>
  /^[0-9a-fA-F]{64}$/.test(text) ? Buffer.from(text, 'hex') : undefined;
