import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ed25519Signer, generateKeyPair, parseVerifierKey, signNote, verifyNote } from '../../src/index.js';
import { peterSignerKey, peterVerifierKey } from './go-vectors.js';

// Every proper substring and every one-byte increment of a key string, as Go's tests mangle them.
const manglings = (key: string): string[] => {
  const bytes = Buffer.from(key, 'utf8');
  const out: string[] = [];
  for (let i = 0; i <= bytes.length; i += 1)
    for (let j = i + 1; j <= bytes.length; j += 1)
      if (i !== 0 || j !== bytes.length) out.push(bytes.subarray(i, j).toString('latin1'));
  for (let i = 0; i < bytes.length; i += 1) {
    const changed = Buffer.from(bytes);
    changed[i] = (changed[i] ?? 0) + 1;
    out.push(changed.toString('latin1'));
  }
  return out;
};

describe('parseVerifierKey', () => {
  it('reads the PeterNeumann verifier key with its name and id', () => {
    const result = parseVerifierKey(peterVerifierKey);
    expect(result.ok && { name: result.key.name, keyId: result.key.keyId }).toEqual({
      name: 'PeterNeumann',
      keyId: 0xc74f20a3,
    });
  });

  it('refuses every mangling of it', () => {
    const accepted = manglings(peterVerifierKey).filter((key) => parseVerifierKey(key).ok);
    expect(accepted).toEqual([]);
  });

  it.each([
    // Go's wrong-length vector: its last base64 group has stray bits, refused before its length.
    ['PeterNeumann+cc469956+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TWBADKEY==', 'bad-base64'],
    [`PeterNeumann+00000000+${Buffer.alloc(32, 1).toString('base64')}`, 'bad-key-length'],
    ['PeterNeumann+173116ae+ZRpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW', 'unsupported-key-type'],
    ['PeterNeumann+c74f20a4+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW', 'key-id-mismatch'],
    ['PeterNeumann+C74F20A3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW', 'bad-key-id'],
    ['Peter Neumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW', 'bad-key-name'],
    ['PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10T', 'bad-base64'],
    ['PeterNeumann', 'not-three-parts'],
  ])('names what is wrong with %s', (key, problem) => {
    expect(parseVerifierKey(key)).toEqual({ ok: false, problem });
  });
});

describe('ed25519Signer', () => {
  it('reads the PeterNeumann signer key and gives its verifier key', () => {
    const result = ed25519Signer(peterSignerKey);
    expect(result.ok && [result.signer.name, result.signer.keyId, result.verifierKey]).toEqual([
      'PeterNeumann',
      0xc74f20a3,
      peterVerifierKey,
    ]);
  });

  it('refuses every mangling of it', () => {
    const accepted = manglings(peterSignerKey).filter((key) => ed25519Signer(key).ok);
    expect(accepted).toEqual([]);
  });

  it('names the problem without quoting the key', () => {
    const wrongId = 'PRIVATE+KEY+PeterNeumann+c74f20a4+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz';
    expect(ed25519Signer(wrongId)).toEqual({ ok: false, problem: 'key-id-mismatch' });
    expect(ed25519Signer(peterVerifierKey)).toEqual({ ok: false, problem: 'missing-private-key-prefix' });
  });

  it('holds no key material where it can be printed', () => {
    const result = ed25519Signer(peterSignerKey);
    if (!result.ok) throw new Error(result.problem);
    const seed = 'AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz';
    const seedHex = Buffer.from(seed, 'base64').subarray(1).toString('hex');
    const printed = [
      String(result.signer),
      JSON.stringify(result.signer),
      inspect(result.signer, { depth: 9 }),
    ];
    expect(printed.filter((text) => text.includes(seed) || text.includes(seedHex))).toEqual([]);
  });
});

describe('generateKeyPair', () => {
  it('makes a signer key and a verifier key that belong together', async () => {
    const pair = generateKeyPair('claims.example/log');
    if (!pair.ok) throw new Error(pair.problem);
    const signer = ed25519Signer(pair.signerKey);
    const verifier = parseVerifierKey(pair.verifierKey);
    if (!signer.ok || !verifier.ok) throw new Error('generated keys do not parse');
    expect(signer.verifierKey).toBe(pair.verifierKey);
    const signed = await signNote('tree\n', [signer.signer]);
    if (!signed.ok) throw new Error(signed.failure.kind);
    expect(verifyNote(signed.note, [verifier.key])).toMatchObject({ ok: true, text: 'tree\n' });
  });

  it('refuses a name with a space or a plus', () => {
    expect([generateKeyPair('claims log'), generateKeyPair('a+b'), generateKeyPair('')]).toEqual([
      { ok: false, problem: 'bad-key-name' },
      { ok: false, problem: 'bad-key-name' },
      { ok: false, problem: 'bad-key-name' },
    ]);
  });
});
