import { isValidKeyName } from './key-name.js';
import type { NoteSigner } from './note-signer.js';
import { type NoteTextProblem, noteTextProblem } from './note-text.js';
import { encodeBase64 } from './strict-base64.js';

/**
 * Why nothing was signed: no signer was given, the text cannot be a note's text (`line` names where), or the signer
 * at `index` has a name or key id that cannot be written on a signature line.
 */
export type SignNoteFailure =
  | { readonly kind: 'no-signers' }
  | { readonly kind: 'bad-text'; readonly problem: NoteTextProblem; readonly line: number }
  | { readonly kind: 'bad-signer'; readonly index: number; readonly problem: 'bad-key-name' | 'bad-key-id' };

/** A signed note, or why it could not be signed. */
export type SignedNoteResult =
  | { readonly ok: true; readonly note: string }
  | { readonly ok: false; readonly failure: SignNoteFailure };

const isKeyId = (keyId: number): boolean => Number.isInteger(keyId) && keyId >= 0 && keyId <= 0xffffffff;

/**
 * Signs a text with each signer in turn and returns the signed note: the text, an empty line,
 * then one line `— <name> <base64(key id ‖ signature)>` per signer. The text must end with a
 * newline. A signer that rejects (a KMS that is down) rejects the returned promise.
 *
 * @example
 * const signed = await signNote('hello\n', [signer]);
 * // { ok: true, note: 'hello\n\n— example.com/log AbCd…\n' }
 */
export const signNote = async (text: string, signers: readonly NoteSigner[]): Promise<SignedNoteResult> => {
  if (signers.length === 0) return { ok: false, failure: { kind: 'no-signers' } };
  const textProblem = noteTextProblem(text);
  if (textProblem !== undefined) return { ok: false, failure: { kind: 'bad-text', ...textProblem } };
  for (const [index, signer] of signers.entries()) {
    if (!isValidKeyName(signer.name))
      return { ok: false, failure: { kind: 'bad-signer', index, problem: 'bad-key-name' } };
    if (!isKeyId(signer.keyId))
      return { ok: false, failure: { kind: 'bad-signer', index, problem: 'bad-key-id' } };
  }
  const message = Buffer.from(text, 'utf8');
  let lines = '';
  for (const signer of signers) {
    const signature = await signer.sign(message);
    const bytes = Buffer.alloc(4 + signature.length);
    bytes.writeUInt32BE(signer.keyId, 0);
    bytes.set(signature, 4);
    lines += `\u2014 ${signer.name} ${encodeBase64(bytes)}\n`;
  }
  return { ok: true, note: `${text}\n${lines}` };
};
