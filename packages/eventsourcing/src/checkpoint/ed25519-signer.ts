import { sign } from 'node:crypto';
import { ed25519PrivateKey, rawEd25519PublicKey } from './ed25519-key-objects.js';
import { ed25519SignatureType, keyIdOf } from './key-id.js';
import { parseKeyString } from './key-string.js';
import type { NoteSigner } from './note-signer.js';
import { formatEd25519VerifierKey } from './verifier-key.js';

const signerKeyPrefix = 'PRIVATE+KEY+';

/** Why a signer key string was refused; the key itself is never quoted back. */
export type SignerKeyProblem =
  | 'missing-private-key-prefix'
  | 'not-three-parts'
  | 'bad-key-name'
  | 'bad-key-id'
  | 'bad-base64'
  | 'unsupported-key-type'
  | 'bad-key-length'
  | 'key-id-mismatch';

/** A signer made from a signer key, with the verifier key of its signatures, or why the key was refused. */
export type Ed25519SignerResult =
  | {
      readonly ok: true;
      readonly signer: NoteSigner;
      /** The verifier key string that checks this signer's signatures. */
      readonly verifierKey: string;
    }
  | { readonly ok: false; readonly problem: SignerKeyProblem };

/**
 * A signer from a signer key string `PRIVATE+KEY+<name>+<hex key id>+<base64(0x01 ‖ seed)>`, the
 * format of golang.org/x/mod/sumdb/note. The key id must be the one of the public key the seed
 * gives. The seed stays inside a KeyObject: the signer's fields hold no key material.
 *
 * @example
 * const result = ed25519Signer(await readFile('log.key', 'utf8').then((text) => text.trim()));
 * if (result.ok) console.log(await signNote('hello\n', [result.signer]));
 */
export const ed25519Signer = (signerKey: string): Ed25519SignerResult => {
  if (!signerKey.startsWith(signerKeyPrefix)) return { ok: false, problem: 'missing-private-key-prefix' };
  const parsed = parseKeyString(signerKey.slice(signerKeyPrefix.length));
  if (!parsed.ok) return parsed;
  const { name, keyId, typed } = parsed;
  const privateKey = ed25519PrivateKey(typed.subarray(1));
  typed.fill(0);
  const publicKey = rawEd25519PublicKey(privateKey);
  if (keyIdOf(name, Uint8Array.of(ed25519SignatureType, ...publicKey)) !== keyId)
    return { ok: false, problem: 'key-id-mismatch' };
  return {
    ok: true,
    signer: { name, keyId, sign: (message) => new Uint8Array(sign(null, message, privateKey)) },
    verifierKey: formatEd25519VerifierKey(name, publicKey),
  };
};
