import { escapeForDisplay, type ProveFailure, packToJson, proveParcel } from '@parcel-claims/audit';
import type { EventStore } from '@parcel-claims/eventsourcing';
import * as E from 'fp-ts/lib/Either.js';
import { exitCodes } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import { readCheckpointFiles } from '../key-files.js';
import { describeError } from '../open.js';

const describeProveFailure = (failure: ProveFailure): string => {
  switch (failure.kind) {
    case 'no-tree':
      return 'the store keeps no Merkle tree over its log';
    case 'malformed-checkpoint':
      return `the checkpoint cannot be read: ${failure.problem}${failure.line === null ? '' : ` on line ${failure.line}`}`;
    case 'checkpoint-beyond-tree':
      return `the checkpoint signs ${failure.treeSize} events but the store's tree holds ${failure.storedSize}`;
    case 'checkpoint-not-of-this-log':
      return `the checkpoint signs root ${failure.signedRoot} at ${failure.treeSize} events, but this store's tree there is ${failure.storedRoot ?? 'missing'}`;
    case 'no-events':
      return `stream ${escapeForDisplay(failure.streamId)} has no event within the checkpoint's ${failure.treeSize} events`;
    case 'proof-unavailable':
      return `no inclusion proof for ${escapeForDisplay(failure.streamId)} revision ${failure.revision}: ${failure.reason}`;
  }
};

/**
 * `prove <parcelId> --out <file> [--checkpoint <file>]`: writes the parcel's evidence pack
 * against the checkpoint in the file, or against the newest checkpoint the store keeps. Exit 1
 * when the parcel has no event within the checkpoint; 2 when a file cannot be read or written or
 * the checkpoint is not of this store's log.
 */
export const proveCommand = async (
  store: EventStore,
  io: CliIo,
  parcelId: string,
  options: { readonly checkpoint?: string; readonly out: string },
): Promise<number> => {
  let note: string;
  if (options.checkpoint === undefined) {
    const newest = (await store.tree?.checkpoints.list())?.at(-1);
    if (newest === undefined) {
      io.stderr.write(
        'parcel-claims prove: the store keeps no checkpoint; sign one with `parcel-claims checkpoint --key <file>` or give --checkpoint <file>\n',
      );
      return exitCodes.failure;
    }
    note = newest.note;
  } else {
    const read = await readCheckpointFiles(io, [options.checkpoint]);
    if (E.isLeft(read)) {
      io.stderr.write(`parcel-claims prove: ${read.left}\n`);
      return exitCodes.failure;
    }
    const [only, ...more] = read.right;
    if (only === undefined || more.length > 0) {
      io.stderr.write(
        `parcel-claims prove: ${escapeForDisplay(options.checkpoint)} holds ${read.right.length} checkpoints; give a file with one\n`,
      );
      return exitCodes.failure;
    }
    note = only.note;
  }
  const made = await proveParcel(store, { parcelId }, { checkpoint: note });
  if (!made.ok) {
    io.stderr.write(`parcel-claims prove: ${describeProveFailure(made.failure)}\n`);
    return made.failure.kind === 'no-events' ? exitCodes.findings : exitCodes.failure;
  }
  try {
    await io.writeFile(options.out, packToJson(made.pack));
  } catch (error) {
    io.stderr.write(
      `parcel-claims prove: cannot write ${escapeForDisplay(options.out)}: ${describeError(error)}\n`,
    );
    return exitCodes.failure;
  }
  const { pack } = made;
  const size = note.split('\n')[1] ?? '?';
  io.stdout.write(
    `Wrote ${escapeForDisplay(options.out)}: parcel ${escapeForDisplay(parcelId)}, ${pack.events.length} event(s) and ${pack.documents.length} document(s) proved against a checkpoint of ${escapeForDisplay(size)} events.\n`,
  );
  return exitCodes.ok;
};
