import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ed25519Signer, writeKeyPair } from '../../src/index.js';

describe('writeKeyPair', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'key-pair-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes the signer key readable by its owner only, and the verifier key', async () => {
    const prefix = join(dir, 'log');
    const written = await writeKeyPair(prefix, 'claims.example/log');
    if (!written.ok) throw new Error(written.problem);
    const signerKey = await readFile(`${prefix}.key`, 'utf8');
    const signer = ed25519Signer(signerKey.trimEnd());
    expect([
      (await stat(`${prefix}.key`)).mode & 0o777,
      await readFile(`${prefix}.pub`, 'utf8'),
      signer.ok && signer.verifierKey,
    ]).toEqual([0o600, `${written.verifierKey}\n`, written.verifierKey]);
  });

  it('keeps an existing key rather than overwrite it', async () => {
    const prefix = join(dir, 'log');
    await writeKeyPair(prefix, 'claims.example/log');
    const before = await readFile(`${prefix}.key`, 'utf8');
    await expect(writeKeyPair(prefix, 'claims.example/log')).rejects.toMatchObject({ code: 'EEXIST' });
    expect(await readFile(`${prefix}.key`, 'utf8')).toBe(before);
  });

  it('leaves no signer key behind when the verifier key cannot be written', async () => {
    const prefix = join(dir, 'log');
    await writeFile(`${prefix}.pub`, 'someone else\n');
    await expect(writeKeyPair(prefix, 'claims.example/log')).rejects.toMatchObject({ code: 'EEXIST' });
    expect([(await readdir(dir)).sort(), await readFile(`${prefix}.pub`, 'utf8')]).toEqual([
      ['log.pub'],
      'someone else\n',
    ]);
  });
});
