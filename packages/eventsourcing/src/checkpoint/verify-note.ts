import { type MalformedNote, type NoteLimits, type NoteSignature, parseSignedNote } from './signed-note.js';
import { decodeStrictBase64 } from './strict-base64.js';
import type { VerifierKey } from './verifier-key.js';

/**
 * Why a note is not accepted:
 * - `malformed`: it is not a signed note at all (`line` is null when the whole note is at fault);
 * - `bad-signature`: a signature line names a known key but does not verify; signed-note says
 *   to reject the whole note then, as a known key's name on a forged line means tampering;
 * - `ambiguous-key`: more than one verifier key has the name and id of a signature line;
 * - `no-known-signature`: no signature line names a known key (`unknown` lists them all).
 */
export type NoteFailure =
  | { readonly kind: 'malformed'; readonly problem: MalformedNote; readonly line: number | null }
  | {
      readonly kind: 'bad-signature';
      readonly line: number;
      readonly keyName: string;
      readonly keyId: number;
    }
  | {
      readonly kind: 'ambiguous-key';
      readonly line: number;
      readonly keyName: string;
      readonly keyId: number;
    }
  | { readonly kind: 'no-known-signature'; readonly unknown: readonly NoteSignature[] };

/** A note whose signatures by known keys verified, or why it was not accepted. */
export type NoteVerification =
  | {
      readonly ok: true;
      /** The signed text, final newline included. */
      readonly text: string;
      /** Signatures by known keys, all valid, one per key, in note order. */
      readonly verified: readonly NoteSignature[];
      /** Signatures by keys not given, unchecked, repeated lines once, in note order. */
      readonly unknown: readonly NoteSignature[];
    }
  | { readonly ok: false; readonly failure: NoteFailure };

const keyOf = (name: string, keyId: number): string => `${name}+${keyId}`;

/**
 * Verifies a signed note against a set of verifier keys. Several keys may be given, as while a
 * key is rotated: each signature line names its key by name and id, lines of other keys are
 * reported as unknown and not checked, and at least one line of a given key must verify.
 * Follows golang.org/x/mod/sumdb/note's `Open`. Never throws for bad input.
 *
 * @example
 * const key = parseVerifierKey('PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW');
 * if (key.ok) {
 *   const result = verifyNote(note, [key.key]);
 *   if (!result.ok) console.error(result.failure.kind);
 * }
 */
export const verifyNote = (
  note: Uint8Array | string,
  keys: readonly VerifierKey[],
  limits: NoteLimits = {},
): NoteVerification => {
  const parsed = parseSignedNote(note, limits);
  if (!parsed.ok)
    return { ok: false, failure: { kind: 'malformed', problem: parsed.problem, line: parsed.line } };
  const byKey = new Map<string, VerifierKey[]>();
  for (const key of keys) {
    const id = keyOf(key.name, key.keyId);
    byKey.set(id, [...(byKey.get(id) ?? []), key]);
  }
  const message = Buffer.from(parsed.text, 'utf8');
  const verified: NoteSignature[] = [];
  const unknown: NoteSignature[] = [];
  const seenKeys = new Set<string>();
  const seenUnknownLines = new Set<string>();
  for (const signature of parsed.signatures) {
    const { keyName, keyId, line } = signature;
    const id = keyOf(keyName, keyId);
    const candidates = byKey.get(id) ?? [];
    const [key, ...others] = candidates;
    if (key === undefined) {
      const text = `${keyName} ${signature.base64}`;
      if (!seenUnknownLines.has(text)) unknown.push(signature);
      seenUnknownLines.add(text);
    } else if (others.length > 0) {
      return { ok: false, failure: { kind: 'ambiguous-key', line, keyName, keyId } };
    } else {
      // parseSignedNote has decoded this base64 already; it holds the key id and the signature.
      const bytes = decodeStrictBase64(signature.base64) ?? new Uint8Array();
      if (!key.verify(message, bytes.subarray(4)))
        return { ok: false, failure: { kind: 'bad-signature', line, keyName, keyId } };
      if (!seenKeys.has(id)) verified.push(signature);
      seenKeys.add(id);
    }
  }
  if (verified.length === 0) return { ok: false, failure: { kind: 'no-known-signature', unknown } };
  return { ok: true, text: parsed.text, verified, unknown };
};
