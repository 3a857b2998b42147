import { describeSignTreeHeadFailure, escapeForDisplay, signTreeHead } from '@parcel-claims/audit';
import { type EventStore, parseSignedNote } from '@parcel-claims/eventsourcing';
import * as E from 'fp-ts/lib/Either.js';
import { exitCodes } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import { checkpointsExport, readSignerFile } from '../key-files.js';
import { describeError } from '../open.js';

/**
 * `checkpoint --key <file>`: signs the store's tree head with the signer key in the file (origin:
 * the key's name), keeps the signed checkpoint in the store and prints it. The key is never
 * printed. Exit 2 when the key cannot be read or the store keeps no tree.
 */
export const checkpointCommand = async (store: EventStore, io: CliIo, keyFile: string): Promise<number> => {
  const signer = await readSignerFile(io, keyFile);
  if (E.isLeft(signer)) {
    io.stderr.write(`parcel-claims checkpoint: ${signer.left}\n`);
    return exitCodes.failure;
  }
  const signed = await signTreeHead(store, signer.right, signer.right.name);
  if (!signed.ok) {
    io.stderr.write(`parcel-claims checkpoint: ${describeSignTreeHeadFailure(signed.failure)}\n`);
    return exitCodes.failure;
  }
  io.stdout.write(signed.note);
  return exitCodes.ok;
};

const keysOf = (note: string): string => {
  const parsed = parseSignedNote(note);
  return parsed.ok
    ? parsed.signatures
        .map((s) => `${escapeForDisplay(s.keyName)}+${s.keyId.toString(16).padStart(8, '0')}`)
        .join(', ')
    : `unreadable note (${parsed.problem})`;
};

/**
 * `checkpoints [--out <file>]`: lists the checkpoints the store keeps, oldest first (tree size,
 * signing keys, origin line), or writes them all to a file that `verify --checkpoint` reads.
 */
export const checkpointsCommand = async (
  store: EventStore,
  io: CliIo,
  out: string | undefined,
): Promise<number> => {
  if (store.tree === undefined) {
    io.stderr.write('parcel-claims checkpoints: the store keeps no Merkle tree, so no checkpoints\n');
    return exitCodes.failure;
  }
  const kept = await store.tree.checkpoints.list();
  if (out !== undefined) {
    try {
      await io.writeFile(out, checkpointsExport(kept));
    } catch (error) {
      io.stderr.write(
        `parcel-claims checkpoints: cannot write ${escapeForDisplay(out)}: ${describeError(error)}\n`,
      );
      return exitCodes.failure;
    }
    io.stdout.write(`Wrote ${kept.length} checkpoint(s) to ${escapeForDisplay(out)}.\n`);
    return exitCodes.ok;
  }
  if (kept.length === 0) {
    io.stdout.write('No checkpoints kept. Sign one with: parcel-claims checkpoint --key <file>\n');
    return exitCodes.ok;
  }
  for (const { treeSize, note } of kept)
    io.stdout.write(
      `size ${treeSize}  signed by ${keysOf(note)}  ${escapeForDisplay(note.slice(0, note.indexOf('\n')))}\n`,
    );
  return exitCodes.ok;
};
