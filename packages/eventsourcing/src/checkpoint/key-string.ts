import { ed25519KeyLength } from './ed25519-key-objects.js';
import { ed25519SignatureType, parseKeyId } from './key-id.js';
import { isValidKeyName } from './key-name.js';
import { decodeStrictBase64 } from './strict-base64.js';

/** Splits `a+b+rest` at its first two `+`; the rest, being base64, may hold more. */
const cutKeyString = (text: string): readonly [string, string, string] | undefined => {
  const first = text.indexOf('+');
  const second = first < 0 ? -1 : text.indexOf('+', first + 1);
  return second < 0
    ? undefined
    : [text.slice(0, first), text.slice(first + 1, second), text.slice(second + 1)];
};

/** Why the `<name>+<hex id>+<base64(type ‖ key)>` part of a key string was refused. */
export type KeyStringProblem =
  | 'not-three-parts'
  | 'bad-key-name'
  | 'bad-key-id'
  | 'bad-base64'
  | 'unsupported-key-type'
  | 'bad-key-length';

/** The parts of an Ed25519 key string: its name, its key id, and `0x01 ‖ 32 key bytes`. */
export type KeyString =
  | { readonly ok: true; readonly name: string; readonly keyId: number; readonly typed: Uint8Array }
  | { readonly ok: false; readonly problem: KeyStringProblem };

/**
 * Reads `<name>+<hex id>+<base64(0x01 ‖ 32 bytes)>`, the shape shared by verifier keys and, after
 * their `PRIVATE+KEY+` prefix, signer keys. Whether the id belongs to the key is the caller's to
 * check: for a signer key it needs the public key derived first.
 */
export const parseKeyString = (text: string): KeyString => {
  const parts = cutKeyString(text);
  if (parts === undefined) return { ok: false, problem: 'not-three-parts' };
  const [name, idText, keyText] = parts;
  if (!isValidKeyName(name)) return { ok: false, problem: 'bad-key-name' };
  const keyId = parseKeyId(idText);
  if (keyId === undefined) return { ok: false, problem: 'bad-key-id' };
  const typed = decodeStrictBase64(keyText);
  if (typed === undefined) return { ok: false, problem: 'bad-base64' };
  if (typed[0] !== ed25519SignatureType) return { ok: false, problem: 'unsupported-key-type' };
  if (typed.length !== 1 + ed25519KeyLength) return { ok: false, problem: 'bad-key-length' };
  return { ok: true, name, keyId, typed };
};
