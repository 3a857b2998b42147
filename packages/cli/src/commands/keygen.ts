import { escapeForDisplay } from '@parcel-claims/audit';
import { generateKeyPair } from '@parcel-claims/eventsourcing';
import { type JsonFlag, printResult, usageError } from '../command-conventions.js';
import { type ExitCode, exitCodes } from '../exit-codes.js';
import type { CliIo } from '../io.js';

const exists = (error: unknown): boolean =>
  error instanceof Error && 'code' in error && error.code === 'EEXIST';

const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * `parcel-claims keygen --name <origin> --out <prefix>`: a new Ed25519 key pair for signing the
 * log's checkpoints. `<prefix>.key` holds the signer key, readable by its owner only; `<prefix>.pub`
 * the verifier key, which is also printed. The signer key is never printed, and no file is ever
 * replaced: a key that exists is kept.
 */
export const keygenCommand = async (
  io: CliIo,
  name: string,
  prefix: string,
  flags: JsonFlag,
): Promise<ExitCode> => {
  const pair = generateKeyPair(name);
  if (!pair.ok) {
    return usageError(
      io,
      'keygen',
      `--name ${escapeForDisplay(JSON.stringify(name))} cannot name a key: it must be non-empty, without spaces, '+' or control characters`,
    );
  }
  const keyFile = `${prefix}.key`;
  const pubFile = `${prefix}.pub`;
  try {
    await io.createFile(keyFile, `${pair.signerKey}\n`, 0o600);
  } catch (error) {
    return usageError(
      io,
      'keygen',
      exists(error)
        ? `${escapeForDisplay(keyFile)} already exists; a key is never overwritten`
        : `cannot write ${escapeForDisplay(keyFile)}: ${escapeForDisplay(reason(error))}`,
    );
  }
  try {
    await io.createFile(pubFile, `${pair.verifierKey}\n`, 0o644);
  } catch (error) {
    return usageError(
      io,
      'keygen',
      `wrote ${escapeForDisplay(keyFile)} but not ${escapeForDisplay(pubFile)}: ${
        exists(error) ? 'it already exists' : escapeForDisplay(reason(error))
      }; the verifier key is ${pair.verifierKey}`,
    );
  }
  printResult(io, flags, {
    json: { signerKeyFile: keyFile, verifierKeyFile: pubFile, verifierKey: pair.verifierKey },
    text: () => [
      `Wrote ${escapeForDisplay(keyFile)} (the signer key, readable by its owner only: keep it secret)`,
      `and ${escapeForDisplay(pubFile)} (the verifier key, for whoever checks the checkpoints):`,
      pair.verifierKey,
    ],
  });
  return exitCodes.ok;
};
