import { verify } from 'node:crypto';
import { ed25519PublicKey, ed25519SignatureLength } from './ed25519-key-objects.js';
import { ed25519SignatureType, formatKeyId, keyIdOf } from './key-id.js';
import { parseKeyString } from './key-string.js';
import { encodeBase64 } from './strict-base64.js';

/** A key that checks signatures of one signer: `<name>+<hex key id>+<base64(0x01 ‖ public key)>`. */
export interface VerifierKey {
  readonly name: string;
  readonly keyId: number;
  /** Whether `signature` (without its 4-byte key id) signs `message`. Never throws. */
  readonly verify: (message: Uint8Array, signature: Uint8Array) => boolean;
}

/**
 * Why a verifier key string was refused. It is never quoted back, so a key pasted in the wrong
 * place does not end up in a log.
 */
export type VerifierKeyProblem =
  | 'not-three-parts'
  | 'bad-key-name'
  | 'bad-key-id'
  | 'bad-base64'
  | 'unsupported-key-type'
  | 'bad-key-length'
  | 'key-id-mismatch';

/** A verifier key read from its text, or why it was refused. */
export type VerifierKeyResult =
  | { readonly ok: true; readonly key: VerifierKey }
  | { readonly ok: false; readonly problem: VerifierKeyProblem };

/** A verifier for a raw 32-byte Ed25519 public key; the caller has checked name and length. */
export const ed25519VerifierKey = (name: string, publicKey: Uint8Array): VerifierKey => {
  const keyObject = ed25519PublicKey(publicKey);
  return {
    name,
    keyId: keyIdOf(name, Uint8Array.of(ed25519SignatureType, ...publicKey)),
    verify: (message, signature) =>
      signature.length === ed25519SignatureLength && verify(null, message, keyObject, signature),
  };
};

/** The verifier key string of an Ed25519 public key. */
export const formatEd25519VerifierKey = (name: string, publicKey: Uint8Array): string => {
  const typed = Uint8Array.of(ed25519SignatureType, ...publicKey);
  return `${name}+${formatKeyId(keyIdOf(name, typed))}+${encodeBase64(typed)}`;
};

/**
 * Reads a verifier key string, as golang.org/x/mod/sumdb/note's `NewVerifier` does: the key id
 * must be the one the name and key hash to, so a key cannot be filed under another's id.
 *
 * @example
 * const result = parseVerifierKey('PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW');
 * if (result.ok) console.log(result.key.name); // PeterNeumann
 */
export const parseVerifierKey = (text: string): VerifierKeyResult => {
  const parsed = parseKeyString(text);
  if (!parsed.ok) return parsed;
  const { name, keyId, typed } = parsed;
  if (keyIdOf(name, typed) !== keyId) return { ok: false, problem: 'key-id-mismatch' };
  return { ok: true, key: ed25519VerifierKey(name, typed.subarray(1)) };
};
