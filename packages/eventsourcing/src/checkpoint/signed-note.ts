import { isValidKeyName } from './key-name.js';
import { lineAt, type NoteTextProblem, noteTextProblem } from './note-text.js';
import { decodeStrictBase64 } from './strict-base64.js';

/** One signature line of a note, as written: `— <keyName> <base64(key id ‖ signature)>`. */
export interface NoteSignature {
  readonly keyName: string;
  readonly keyId: number;
  /** The base64 on the line: the 4-byte key id followed by the signature. */
  readonly base64: string;
  /** 1-based line of the note it is on. */
  readonly line: number;
}

/** Why a note cannot be read at all, before any key is looked at. */
export type MalformedNote =
  | NoteTextProblem
  | 'too-large'
  | 'no-signatures'
  | 'too-many-signatures'
  | 'bad-signature-line'
  | 'bad-key-name'
  | 'bad-base64'
  | 'signature-too-short';

/** Bounds on a note read from outside: its size and its number of signatures. */
export interface NoteLimits {
  /** Notes longer than this many UTF-8 bytes are refused unread; 1 MiB unless told. */
  readonly maxBytes?: number;
  /** More signature lines than this are refused; 100 unless told (signed-note requires 16). */
  readonly maxSignatures?: number;
}

/** A note read from its text, with its signatures, or what is malformed and on which line. */
export type ParsedNote =
  | { readonly ok: true; readonly text: string; readonly signatures: readonly NoteSignature[] }
  | { readonly ok: false; readonly problem: MalformedNote; readonly line: number | null };

const signatureLinePrefix = '\u2014 ';
const fatalUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

const decodeUtf8 = (bytes: Uint8Array): string | undefined => {
  try {
    return fatalUtf8.decode(bytes);
  } catch {
    return undefined;
  }
};

const parseSignatureLine = (line: string, lineNumber: number): NoteSignature | MalformedNote => {
  if (!line.startsWith(signatureLinePrefix)) return 'bad-signature-line';
  const rest = line.slice(signatureLinePrefix.length);
  const space = rest.indexOf(' ');
  if (space < 0) return 'bad-signature-line';
  const keyName = rest.slice(0, space);
  if (!isValidKeyName(keyName)) return 'bad-key-name';
  const base64 = rest.slice(space + 1);
  const bytes = decodeStrictBase64(base64);
  if (bytes === undefined) return 'bad-base64';
  // A key id and at least one byte of signature.
  if (bytes.length < 5) return 'signature-too-short';
  const keyId = Buffer.from(bytes).readUInt32BE(0);
  return { keyName, keyId, base64, line: lineNumber };
};

/**
 * Splits a signed note (c2sp.org/signed-note) into its text and signature lines without
 * checking any signature; `verifyNote` does that. Bytes are read as strict UTF-8; a string is
 * taken as the text it spells. Never throws: what is wrong comes back with its line.
 */
export const parseSignedNote = (note: Uint8Array | string, limits: NoteLimits = {}): ParsedNote => {
  const maxBytes = limits.maxBytes ?? 1024 * 1024;
  const maxSignatures = limits.maxSignatures ?? 100;
  const size = typeof note === 'string' ? Buffer.byteLength(note) : note.length;
  if (size > maxBytes) return { ok: false, problem: 'too-large', line: null };
  const text = typeof note === 'string' ? note : decodeUtf8(note);
  if (text === undefined) return { ok: false, problem: 'not-utf8', line: null };
  const textProblem = noteTextProblem(text);
  if (textProblem !== undefined) return { ok: false, ...textProblem };
  // The text ends with its own newline; the last empty line separates it from the signatures.
  const split = text.lastIndexOf('\n\n');
  if (split < 0 || split + 2 === text.length)
    return { ok: false, problem: 'no-signatures', line: lineAt(text, text.length) };
  const body = text.slice(0, split + 1);
  const lines = text.slice(split + 2, -1).split('\n');
  const firstLine = lineAt(text, split + 2);
  if (lines.length > maxSignatures) return { ok: false, problem: 'too-many-signatures', line: firstLine };
  const signatures: NoteSignature[] = [];
  for (const [index, line] of lines.entries()) {
    const signature = parseSignatureLine(line, firstLine + index);
    if (typeof signature === 'string') return { ok: false, problem: signature, line: firstLine + index };
    signatures.push(signature);
  }
  return { ok: true, text: body, signatures };
};
