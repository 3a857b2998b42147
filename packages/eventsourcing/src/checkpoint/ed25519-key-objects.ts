import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';

// DER prefixes that wrap a raw 32-byte Ed25519 key (RFC 8410): SubjectPublicKeyInfo for a
// public key, PKCS#8 PrivateKeyInfo for a seed. node:crypto reads keys only in such wrappers.
const spkiPrefix = Buffer.from('302a300506032b6570032100', 'hex');
const pkcs8Prefix = Buffer.from('302e020100300506032b657004220420', 'hex');

export const ed25519KeyLength = 32;
export const ed25519SignatureLength = 64;

/** A public KeyObject from the 32 raw bytes of an Ed25519 public key. */
export const ed25519PublicKey = (raw: Uint8Array): KeyObject =>
  createPublicKey({ key: Buffer.concat([spkiPrefix, raw]), format: 'der', type: 'spki' });

/** A private KeyObject from a 32-byte Ed25519 seed. */
export const ed25519PrivateKey = (seed: Uint8Array): KeyObject =>
  createPrivateKey({ key: Buffer.concat([pkcs8Prefix, seed]), format: 'der', type: 'pkcs8' });

/** The 32 raw bytes of the public key that belongs to a private key. */
export const rawEd25519PublicKey = (privateKey: KeyObject): Uint8Array =>
  new Uint8Array(
    createPublicKey(privateKey).export({ format: 'der', type: 'spki' }).subarray(spkiPrefix.length),
  );
