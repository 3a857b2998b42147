import { describe, expect, it } from 'vitest';
import { ed25519Signer, type NoteSigner, signNote } from '../../src/index.js';
import { peterNote, peterSignerKey, text } from './go-vectors.js';

const peter = (): NoteSigner => {
  const result = ed25519Signer(peterSignerKey);
  if (!result.ok) throw new Error(result.problem);
  return result.signer;
};

describe('signNote', () => {
  it('signs the Go example text into the Go example note, byte for byte', async () => {
    expect(await signNote(text, [peter()])).toEqual({ ok: true, note: peterNote });
  });

  it('signs through any NoteSigner, such as a remote one that answers later', async () => {
    const local = peter();
    const remote: NoteSigner = {
      name: local.name,
      keyId: local.keyId,
      sign: async (message) => local.sign(message),
    };
    expect(await signNote(text, [remote])).toEqual({ ok: true, note: peterNote });
  });

  it('writes one line per signer, in the order given', async () => {
    const fixed: NoteSigner = {
      name: 'example.com/witness',
      keyId: 0x01020304,
      sign: () => Uint8Array.of(9, 9),
    };
    const signed = await signNote(text, [peter(), fixed]);
    expect(signed).toEqual({ ok: true, note: `${peterNote}\u2014 example.com/witness AQIDBAkJ\n` });
  });

  it.each([
    ['abc', { kind: 'bad-text', problem: 'missing-final-newline', line: 1 }],
    ['a\nb\tc\n', { kind: 'bad-text', problem: 'control-character', line: 2 }],
    ['a\n\ud800\n', { kind: 'bad-text', problem: 'not-utf8', line: 2 }],
  ])('refuses the text %j', async (bad, failure) => {
    expect(await signNote(bad, [peter()])).toEqual({ ok: false, failure });
  });

  it('refuses signers whose name or id cannot be written, and no signers at all', async () => {
    const sign = () => Uint8Array.of(1);
    expect([
      await signNote(text, [peter(), { name: 'a+b', keyId: 1, sign }]),
      await signNote(text, [{ name: 'a', keyId: 2 ** 32, sign }]),
      await signNote(text, []),
    ]).toEqual([
      { ok: false, failure: { kind: 'bad-signer', index: 1, problem: 'bad-key-name' } },
      { ok: false, failure: { kind: 'bad-signer', index: 0, problem: 'bad-key-id' } },
      { ok: false, failure: { kind: 'no-signers' } },
    ]);
  });
});
