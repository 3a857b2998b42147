import { describeSignTreeHeadFailure, escapeForDisplay, signTreeHead } from '@parcel-claims/audit';
import { type EventStore, parseSignedNote } from '@parcel-claims/eventsourcing';
import * as E from 'fp-ts/lib/Either.js';
import { type JsonFlag, printResult, usageError } from '../command-conventions.js';
import { exitCodes } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import { checkpointsExport, readSignerFile } from '../key-files.js';
import { describeError } from '../open.js';

/** A signed checkpoint as `--json` shows it: its first three lines, who signed it, and the note itself. */
export interface CheckpointJson {
  readonly origin: string;
  readonly treeSize: string;
  readonly rootHash: string;
  /** Each signature as `<key name>+<key id in hex>`. */
  readonly signedBy: readonly string[];
  readonly note: string;
}

const checkpointJson = (note: string): CheckpointJson => {
  const [origin = '', treeSize = '', rootHash = ''] = note.split('\n');
  const parsed = parseSignedNote(note);
  return {
    origin,
    treeSize,
    rootHash,
    signedBy: parsed.ok
      ? parsed.signatures.map((s) => `${s.keyName}+${s.keyId.toString(16).padStart(8, '0')}`)
      : [],
    note,
  };
};

/**
 * `checkpoint --key <file>`: signs the store's tree head with the signer key in the file (origin:
 * the key's name), keeps the signed checkpoint in the store and prints it. The key is never
 * printed. Exit 2 when the key cannot be read or the store keeps no tree.
 */
export const checkpointCommand = async (
  store: EventStore,
  io: CliIo,
  keyFile: string,
  flags: JsonFlag,
): Promise<number> => {
  const signer = await readSignerFile(io, keyFile);
  if (E.isLeft(signer)) return usageError(io, 'checkpoint', signer.left);
  const signed = await signTreeHead(store, signer.right, signer.right.name);
  if (!signed.ok) return usageError(io, 'checkpoint', describeSignTreeHeadFailure(signed.failure));
  // The note ends with its own newline.
  printResult(io, flags, { json: checkpointJson(signed.note), text: () => [signed.note.slice(0, -1)] });
  return exitCodes.ok;
};

const keysOf = (note: string): string => {
  const parsed = parseSignedNote(note);
  return parsed.ok
    ? checkpointJson(note).signedBy.map(escapeForDisplay).join(', ')
    : `unreadable note (${parsed.problem})`;
};

/**
 * `checkpoints [--out <file>]`: lists the checkpoints the store keeps, oldest first (tree size,
 * signing keys, origin line), or writes them all to a file that `verify --checkpoint` reads.
 */
export const checkpointsCommand = async (
  store: EventStore,
  io: CliIo,
  options: JsonFlag & { readonly out?: string },
): Promise<number> => {
  if (store.tree === undefined)
    return usageError(io, 'checkpoints', 'the store keeps no Merkle tree, so no checkpoints');
  const kept = await store.tree.checkpoints.list();
  const { out } = options;
  if (out !== undefined) {
    try {
      await io.writeFile(out, checkpointsExport(kept));
    } catch (error) {
      return usageError(io, 'checkpoints', `cannot write ${escapeForDisplay(out)}: ${describeError(error)}`);
    }
    printResult(io, options, {
      json: { file: out, checkpoints: kept.length },
      text: () => [`Wrote ${kept.length} checkpoint(s) to ${escapeForDisplay(out)}.`],
    });
    return exitCodes.ok;
  }
  printResult(io, options, {
    json: { checkpoints: kept.map(({ note }) => checkpointJson(note)) },
    text: () =>
      kept.length === 0
        ? ['No checkpoints kept. Sign one with: parcel-claims checkpoint --key <file>']
        : kept.map(
            ({ treeSize, note }) =>
              `size ${treeSize}  signed by ${keysOf(note)}  ${escapeForDisplay(note.slice(0, note.indexOf('\n')))}`,
          ),
  });
  return exitCodes.ok;
};
