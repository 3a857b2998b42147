import { hash } from 'node:crypto';

/** A SHA-256 hash of a leaf or of a subtree: 32 bytes. */
export type Hash = Uint8Array;

/** Bytes in a {@link Hash}. */
export const hashLength = 32;

const leafPrefix = Buffer.from([0x00]);

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
export const leafHash = (leaf: Uint8Array): Hash =>
  hash('sha256', Buffer.concat([leafPrefix, leaf]), 'buffer');

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
