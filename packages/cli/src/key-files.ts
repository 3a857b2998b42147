import { escapeForDisplay } from '@parcel-claims/audit';
import {
  ed25519Signer,
  type KeptCheckpoint,
  type NoteSigner,
  parseVerifierKey,
  type VerifierKey,
} from '@parcel-claims/eventsourcing';
import * as E from 'fp-ts/lib/Either.js';
import type { CliIo } from './io.js';
import { describeError } from './open.js';

/** The `format` of the file `checkpoints --out` writes. */
export const checkpointsExportFormat = 'parcel-claims/checkpoints';

const readText = async (io: CliIo, what: string, path: string): Promise<E.Either<string, string>> => {
  try {
    return E.right(await io.readFile(path));
  } catch (error) {
    return E.left(`cannot read ${what} ${escapeForDisplay(path)}: ${describeError(error)}`);
  }
};

/**
 * Reads the signer key in a file (`keygen`'s `<prefix>.key`). What is wrong is named without
 * ever quoting the file's content.
 */
export const readSignerFile = async (io: CliIo, path: string): Promise<E.Either<string, NoteSigner>> => {
  const text = await readText(io, 'the signer key', path);
  if (E.isLeft(text)) return text;
  const signer = ed25519Signer(text.right.trim());
  return signer.ok
    ? E.right(signer.signer)
    : E.left(`${escapeForDisplay(path)} does not hold a signer key (${signer.problem})`);
};

/** Reads the verifier key in each file (`keygen`'s `<prefix>.pub`). */
export const readVerifierFiles = async (
  io: CliIo,
  paths: readonly string[],
): Promise<E.Either<string, readonly VerifierKey[]>> => {
  const keys: VerifierKey[] = [];
  for (const path of paths) {
    const text = await readText(io, 'the verifier key', path);
    if (E.isLeft(text)) return text;
    const key = parseVerifierKey(text.right.trim());
    if (!key.ok) return E.left(`${escapeForDisplay(path)} does not hold a verifier key (${key.problem})`);
    keys.push(key.key);
  }
  return E.right(keys);
};

/** A checkpoint read from a file, named by the file (and its place in an export). */
export interface CheckpointFile {
  readonly name: string;
  readonly note: string;
}

const isExport = (value: unknown): value is { readonly checkpoints: readonly KeptCheckpointJson[] } =>
  typeof value === 'object' &&
  value !== null &&
  'format' in value &&
  value.format === checkpointsExportFormat &&
  'checkpoints' in value &&
  Array.isArray(value.checkpoints) &&
  value.checkpoints.every(
    (c: unknown) => typeof c === 'object' && c !== null && 'note' in c && typeof c.note === 'string',
  );

interface KeptCheckpointJson {
  readonly note: string;
}

/** The export `checkpoints --out` writes: every kept checkpoint, tree sizes as decimal strings. */
export const checkpointsExport = (kept: readonly KeptCheckpoint[]): string =>
  `${JSON.stringify(
    {
      format: checkpointsExportFormat,
      version: 1,
      checkpoints: kept.map(({ treeSize, note }) => ({ treeSize: treeSize.toString(), note })),
    },
    null,
    2,
  )}\n`;

/**
 * Reads the checkpoints in each file: a signed note as `checkpoint` prints it, or an export of
 * `checkpoints --out` (each of its notes, named `<file>#<n>`, 1-based).
 */
export const readCheckpointFiles = async (
  io: CliIo,
  paths: readonly string[],
): Promise<E.Either<string, readonly CheckpointFile[]>> => {
  const files: CheckpointFile[] = [];
  for (const path of paths) {
    const text = await readText(io, 'the checkpoint', path);
    if (E.isLeft(text)) return text;
    const exported = text.right.trimStart().startsWith('{') ? parseJson(text.right) : undefined;
    if (isExport(exported))
      files.push(
        ...exported.checkpoints.map(({ note }, i) => ({ name: `${escapeForDisplay(path)}#${i + 1}`, note })),
      );
    else files.push({ name: escapeForDisplay(path), note: text.right });
  }
  return E.right(files);
};

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};
