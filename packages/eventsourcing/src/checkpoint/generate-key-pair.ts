import { randomBytes } from 'node:crypto';
import { ed25519PrivateKey, rawEd25519PublicKey } from './ed25519-key-objects.js';
import { ed25519SignatureType, formatKeyId, keyIdOf } from './key-id.js';
import { isValidKeyName } from './key-name.js';
import { encodeBase64 } from './strict-base64.js';
import { formatEd25519VerifierKey } from './verifier-key.js';

/** A new signer key and its verifier key, or why none could be made. */
export type KeyPairResult =
  | {
      readonly ok: true;
      /** `PRIVATE+KEY+<name>+<hex id>+<base64(0x01 ‖ seed)>`: keep it secret. */
      readonly signerKey: string;
      /** `<name>+<hex id>+<base64(0x01 ‖ public key)>`: hand it to whoever verifies. */
      readonly verifierKey: string;
    }
  | { readonly ok: false; readonly problem: 'bad-key-name' };

/**
 * A new Ed25519 key pair for `name` (for a log, its origin), as the two key strings of
 * golang.org/x/mod/sumdb/note, readable by `ed25519Signer` and `parseVerifierKey`.
 *
 * @example
 * const pair = generateKeyPair('claims.example/log');
 * if (pair.ok) console.log(pair.verifierKey); // claims.example/log+1a2b3c4d+A...
 */
export const generateKeyPair = (name: string): KeyPairResult => {
  if (!isValidKeyName(name)) return { ok: false, problem: 'bad-key-name' };
  const seed = randomBytes(32);
  const publicKey = rawEd25519PublicKey(ed25519PrivateKey(seed));
  const keyId = keyIdOf(name, Uint8Array.of(ed25519SignatureType, ...publicKey));
  const signerKey = `PRIVATE+KEY+${name}+${formatKeyId(keyId)}+${encodeBase64(Uint8Array.of(ed25519SignatureType, ...seed))}`;
  seed.fill(0);
  return { ok: true, signerKey, verifierKey: formatEd25519VerifierKey(name, publicKey) };
};
