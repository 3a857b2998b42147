import { unlink, writeFile } from 'node:fs/promises';
import { generateKeyPair, type KeyPairResult } from './generate-key-pair.js';

/**
 * Generates a key pair for `name` and writes `<prefix>.key` (the signer key, mode 0600) and
 * `<prefix>.pub` (the verifier key), each with a final newline. Refuses to overwrite either
 * file: the write fails with the file system's EEXIST error and an existing key is kept. When the
 * verifier key cannot be written, the signer key just written is removed again, so a failed call
 * leaves no half of a pair behind.
 * Resolves to the verifier key, or to the problem with the name.
 */
export const writeKeyPair = async (
  prefix: string,
  name: string,
): Promise<{ readonly ok: true; readonly verifierKey: string } | Extract<KeyPairResult, { ok: false }>> => {
  const pair = generateKeyPair(name);
  if (!pair.ok) return pair;
  await writeFile(`${prefix}.key`, `${pair.signerKey}\n`, { mode: 0o600, flag: 'wx' });
  try {
    await writeFile(`${prefix}.pub`, `${pair.verifierKey}\n`, { mode: 0o644, flag: 'wx' });
  } catch (error) {
    await unlink(`${prefix}.key`);
    throw error;
  }
  return { ok: true, verifierKey: pair.verifierKey };
};
