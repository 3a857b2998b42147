import { describe, expect, it } from 'vitest';
import { type NoteSignature, parseVerifierKey, type VerifierKey, verifyNote } from '../../src/index.js';
import {
  enochBase64,
  enochSig,
  enochVerifierKey,
  peterBase64,
  peterNote,
  peterSig,
  peterVerifierKey,
  text,
} from './go-vectors.js';

const key = (verifierKey: string): VerifierKey => {
  const result = parseVerifierKey(verifierKey);
  if (!result.ok) throw new Error(result.problem);
  return result.key;
};
const peterKey = key(peterVerifierKey);
const enochKey = key(enochVerifierKey);

// The text has two lines and the blank line is line 3, so signatures start on line 4.
const peter = (line: number): NoteSignature => ({
  keyName: 'PeterNeumann',
  keyId: 0xc74f20a3,
  base64: peterBase64,
  line,
});
const enoch = (line: number): NoteSignature => ({
  keyName: 'EnochRoot',
  keyId: 0xaf0cfe78,
  base64: enochBase64,
  line,
});

describe('verifyNote', () => {
  it('accepts the Go example note under its key, as bytes or as a string', () => {
    const expected = { ok: true, text, verified: [peter(4)], unknown: [] };
    expect(verifyNote(peterNote, [peterKey])).toEqual(expected);
    expect(verifyNote(Buffer.from(peterNote, 'utf8'), [peterKey])).toEqual(expected);
  });

  it('reports a signature by a key not given as unknown, and checks the known one', () => {
    expect(verifyNote(`${text}\n${peterSig}${enochSig}`, [peterKey])).toEqual({
      ok: true,
      text,
      verified: [peter(4)],
      unknown: [enoch(5)],
    });
  });

  it('verifies both signatures when both keys are given (a key being rotated)', () => {
    expect(verifyNote(`${text}\n${enochSig}${peterSig}`, [peterKey, enochKey])).toEqual({
      ok: true,
      text,
      verified: [enoch(4), peter(5)],
      unknown: [],
    });
  });

  it('accepts a note signed only by the old key or only by the new one while both are trusted', () => {
    expect([
      verifyNote(`${text}\n${peterSig}`, [enochKey, peterKey]).ok,
      verifyNote(`${text}\n${enochSig}`, [enochKey, peterKey]).ok,
    ]).toEqual([true, true]);
  });

  it('rejects a note with no signature by a known key and lists the unknown ones', () => {
    expect(verifyNote(`${text}\n${peterSig}${enochSig}`, [])).toEqual({
      ok: false,
      failure: { kind: 'no-known-signature', unknown: [peter(4), enoch(5)] },
    });
    expect(verifyNote(peterNote, [enochKey])).toEqual({
      ok: false,
      failure: { kind: 'no-known-signature', unknown: [peter(4)] },
    });
  });

  it('ignores a key that shares the name but not the id of a signature', () => {
    const sameNameOtherId = `\u2014 PeterNeumann ${Buffer.from('c74f20a4000000', 'hex').toString('base64')}\n`;
    expect(verifyNote(`${text}\n${sameNameOtherId}${peterSig}`, [peterKey])).toMatchObject({
      ok: true,
      unknown: [{ keyName: 'PeterNeumann', keyId: 0xc74f20a4, line: 4 }],
    });
  });

  it('rejects a tampered body', () => {
    const tampered = peterNote.replace('cryptography', 'cryptograpHy');
    expect(verifyNote(tampered, [peterKey])).toEqual({
      ok: false,
      failure: { kind: 'bad-signature', line: 4, keyName: 'PeterNeumann', keyId: 0xc74f20a3 },
    });
  });

  it('rejects a tampered signature by a known key, even beside a valid one', () => {
    const forged = `${peterSig.slice(0, 60)}ABCD${peterSig.slice(60)}`;
    expect(verifyNote(`${text}\n${peterSig}${forged}`, [peterKey])).toEqual({
      ok: false,
      failure: { kind: 'bad-signature', line: 5, keyName: 'PeterNeumann', keyId: 0xc74f20a3 },
    });
  });

  it('keeps one entry for repeated lines, as Go does', () => {
    const forgedEnoch = `${enochSig.slice(0, 60)}ABCD${enochSig.slice(60)}`;
    const note = `${text}\n${peterSig}${peterSig}${enochSig}${enochSig}${forgedEnoch}`;
    expect(verifyNote(note, [peterKey])).toEqual({
      ok: true,
      text,
      verified: [peter(4)],
      unknown: [
        enoch(6),
        {
          keyName: 'EnochRoot',
          keyId: 0xaf0cfe78,
          base64: `${enochBase64.slice(0, 48)}ABCD${enochBase64.slice(48)}`,
          line: 8,
        },
      ],
    });
  });

  it('refuses to choose between two keys with the same name and id', () => {
    expect(verifyNote(`${text}\n${enochSig}`, [enochKey, peterKey, enochKey])).toEqual({
      ok: false,
      failure: { kind: 'ambiguous-key', line: 4, keyName: 'EnochRoot', keyId: 0xaf0cfe78 },
    });
    expect(verifyNote(`${text}\n${peterSig}`, [enochKey, peterKey, enochKey]).ok).toBe(true);
  });

  it.each([
    ['no blank line or signature', text, 'no-signatures', 3],
    ['a blank line but no signature', `${text}\n`, 'no-signatures', 4],
    ['no final newline', `${text}\n${peterSig.slice(0, -1)}`, 'missing-final-newline', 4],
    ['a control character', `\u0001${text}\n${peterSig}`, 'control-character', 1],
    ['a carriage return', `${text.replace('\n', '\r\n')}\n${peterSig}`, 'control-character', 1],
    ['a lone surrogate', `${text}\ud800\n\n${peterSig}`, 'not-utf8', 3],
    ['a key name with a space', `${text}\n\u2014 Bad Name ${peterBase64}\n`, 'bad-base64', 4],
    ['a key name with a plus', `${text}\n\u2014 Bad+Name ${peterBase64}\n`, 'bad-key-name', 4],
    ['a line after the signatures', `${peterNote}Unexpected line.\n`, 'bad-signature-line', 5],
    ['a hyphen for the em dash', `${text}\n- PeterNeumann ${peterBase64}\n`, 'bad-signature-line', 4],
    ['a signature line without a space', `${text}\n\u2014 PeterNeumann\n`, 'bad-signature-line', 4],
    ['unpadded base64', `${text}\n\u2014 PeterNeumann ${peterBase64.slice(0, -1)}\n`, 'bad-base64', 4],
    ['a signature of four bytes', `${text}\n\u2014 PeterNeumann x08gow==\n`, 'signature-too-short', 4],
    ['101 signatures', `${text}\n${peterSig.repeat(101)}`, 'too-many-signatures', 4],
  ])('rejects a note with %s as malformed', (_, note, problem, line) => {
    expect(verifyNote(note, [peterKey])).toEqual({
      ok: false,
      failure: { kind: 'malformed', problem, line },
    });
  });

  it('rejects bytes that are not UTF-8, and a note over the size limit, unread', () => {
    const invalid = Buffer.concat([Buffer.from([0xff]), Buffer.from(peterNote, 'utf8')]);
    const huge = `${'x'.repeat(2 * 1024 * 1024)}\n\n${peterSig}`;
    expect([
      verifyNote(invalid, [peterKey]),
      verifyNote(huge, [peterKey]),
      verifyNote(peterNote, [peterKey], { maxBytes: 100 }),
    ]).toEqual([
      { ok: false, failure: { kind: 'malformed', problem: 'not-utf8', line: null } },
      { ok: false, failure: { kind: 'malformed', problem: 'too-large', line: null } },
      { ok: false, failure: { kind: 'malformed', problem: 'too-large', line: null } },
    ]);
  });

  it('reads a huge line within a raised limit and still checks its signature', () => {
    const huge = `${'x'.repeat(2 * 1024 * 1024)}\n\n${peterSig}`;
    expect(verifyNote(huge, [peterKey], { maxBytes: 4 * 1024 * 1024 })).toEqual({
      ok: false,
      failure: { kind: 'bad-signature', line: 3, keyName: 'PeterNeumann', keyId: 0xc74f20a3 },
    });
  });

  it('keeps a byte order mark as part of the signed text', () => {
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(peterNote, 'utf8')]);
    expect(verifyNote(withBom, [peterKey])).toMatchObject({ ok: false, failure: { kind: 'bad-signature' } });
  });
});
