import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ed25519Signer, parseVerifierKey, signNote, verifyNote } from '@parcel-claims/eventsourcing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { processIo, run } from '../src/index.js';
import { memoryIo } from './support/memory-io.js';

const keygen = async (args: readonly string[]) => {
  const captured = memoryIo();
  const code = await run(['keygen', ...args], captured.io);
  return { code, stdout: captured.stdout(), stderr: captured.stderr(), captured };
};

describe('parcel-claims keygen', () => {
  it('writes the signer key for its owner only and the verifier key, and prints only the verifier key', async () => {
    const { code, stdout, stderr, captured } = await keygen([
      '--name',
      'claims.example/log',
      '--out',
      'keys/log',
    ]);
    const signerKey = captured.files.get('keys/log.key')?.trimEnd() ?? '';
    const verifierKey = captured.files.get('keys/log.pub')?.trimEnd() ?? '';
    expect([code, stderr, [...captured.modes]]).toEqual([
      0,
      '',
      [
        ['keys/log.key', 0o600],
        ['keys/log.pub', 0o644],
      ],
    ]);
    expect(stdout).toBe(
      [
        'Wrote keys/log.key (the signer key, readable by its owner only: keep it secret)',
        'and keys/log.pub (the verifier key, for whoever checks the checkpoints):',
        verifierKey,
        '',
      ].join('\n'),
    );
    expect(verifierKey).toMatch(/^claims\.example\/log\+[0-9a-f]{8}\+[A-Za-z0-9+/]{44}$/);
    expect(signerKey.startsWith('PRIVATE+KEY+claims.example/log+')).toBe(true);
    expect(stdout.includes(signerKey.split('+').at(-1) ?? 'missing')).toBe(false);
  });

  it('makes a pair whose signer key signs what its verifier key verifies', async () => {
    const { captured } = await keygen(['--name', 'claims.example/log', '--out', 'k']);
    const signer = ed25519Signer(captured.files.get('k.key')?.trimEnd() ?? '');
    const verifier = parseVerifierKey(captured.files.get('k.pub')?.trimEnd() ?? '');
    if (!signer.ok || !verifier.ok) throw new Error('the written keys do not parse');
    const signed = await signNote('claims.example/log\n1\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n', [
      signer.signer,
    ]);
    if (!signed.ok) throw new Error('signing failed');
    expect(verifyNote(signed.note, [verifier.key]).ok).toBe(true);
  });

  it('refuses a name a signed note cannot carry, writing nothing', async () => {
    const { code, stderr, captured } = await keygen(['--name', 'two words', '--out', 'k']);
    expect([code, stderr, captured.files.size]).toEqual([
      2,
      `parcel-claims keygen: --name "two words" cannot name a key: it must be non-empty, without spaces, '+' or control characters\n`,
      0,
    ]);
  });

  describe('on the file system', () => {
    let directory = '';
    beforeEach(async () => {
      directory = await mkdtemp(join(tmpdir(), 'parcel-claims-keygen-'));
    });
    afterEach(() => rm(directory, { recursive: true, force: true }));

    it('creates the key readable by its owner only', async () => {
      const prefix = join(directory, 'log');
      const captured = memoryIo();
      const io = { ...processIo(), stdout: captured.io.stdout, stderr: captured.io.stderr };
      expect(await run(['keygen', '--name', 'claims.example/log', '--out', prefix], io)).toBe(0);
      const key = await stat(`${prefix}.key`);
      const pub = await stat(`${prefix}.pub`);
      expect([key.mode & 0o777, (pub.mode & 0o400) !== 0]).toEqual([0o600, true]);
    });

    it('never overwrites a key that exists', async () => {
      const prefix = join(directory, 'log');
      await writeFile(`${prefix}.key`, 'the key already in use\n');
      const captured = memoryIo();
      const io = { ...processIo(), stdout: captured.io.stdout, stderr: captured.io.stderr };
      const code = await run(['keygen', '--name', 'claims.example/log', '--out', prefix], io);
      expect([code, captured.stderr(), await readFile(`${prefix}.key`, 'utf8')]).toEqual([
        2,
        `parcel-claims keygen: ${prefix}.key already exists; a key is never overwritten\n`,
        'the key already in use\n',
      ]);
    });
  });
});
