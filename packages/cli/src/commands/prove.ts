import { escapeForDisplay, type ProveFailure, packToJson, proveParcel } from '@parcel-claims/audit';
import type { EventStore } from '@parcel-claims/eventsourcing';
import * as E from 'fp-ts/lib/Either.js';
import { type JsonFlag, printResult, usageError } from '../command-conventions.js';
import { type ExitCode, exitCodes } from '../exit-codes.js';
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
 * The exit code of each reason a pack cannot be made: the log not matching the checkpoint is a
 * finding, as in `verify`; a checkpoint that cannot be read, or a store without a tree, is wrong
 * usage; a proof the tree cannot give is an internal error.
 */
const proveFailureCode: { readonly [K in ProveFailure['kind']]: ExitCode } = {
  'no-tree': exitCodes.usage,
  'malformed-checkpoint': exitCodes.usage,
  'checkpoint-beyond-tree': exitCodes.findings,
  'checkpoint-not-of-this-log': exitCodes.findings,
  'no-events': exitCodes.findings,
  'proof-unavailable': exitCodes.internal,
};

/**
 * `prove <parcelId> --out <file> [--checkpoint <file>]`: writes the parcel's evidence pack
 * against the checkpoint in the file, or against the newest checkpoint the store keeps. Exit 1
 * when the parcel has no event within the checkpoint or the checkpoint is not of this store's log;
 * 2 when a file cannot be read or written or holds no checkpoint.
 */
export const proveCommand = async (
  store: EventStore,
  io: CliIo,
  parcelId: string,
  options: JsonFlag & { readonly checkpoint?: string; readonly out: string },
): Promise<number> => {
  let note: string;
  if (options.checkpoint === undefined) {
    const newest = (await store.tree?.checkpoints.list())?.at(-1);
    if (newest === undefined)
      return usageError(
        io,
        'prove',
        'the store keeps no checkpoint; sign one with `parcel-claims checkpoint --key <file>` or give --checkpoint <file>',
      );
    note = newest.note;
  } else {
    const read = await readCheckpointFiles(io, [options.checkpoint]);
    if (E.isLeft(read)) return usageError(io, 'prove', read.left);
    const [only, ...more] = read.right;
    if (only === undefined || more.length > 0)
      return usageError(
        io,
        'prove',
        `${escapeForDisplay(options.checkpoint)} holds ${read.right.length} checkpoints; give a file with one`,
      );
    note = only.note;
  }
  const made = await proveParcel(store, { parcelId }, { checkpoint: note });
  if (!made.ok) {
    io.stderr.write(`parcel-claims prove: ${describeProveFailure(made.failure)}\n`);
    return proveFailureCode[made.failure.kind];
  }
  try {
    await io.writeFile(options.out, packToJson(made.pack));
  } catch (error) {
    return usageError(io, 'prove', `cannot write ${escapeForDisplay(options.out)}: ${describeError(error)}`);
  }
  const { pack } = made;
  const size = note.split('\n')[1] ?? '?';
  printResult(io, options, {
    json: {
      file: options.out,
      parcelId,
      events: pack.events.length,
      documents: pack.documents.length,
      checkpointTreeSize: size,
    },
    text: () => [
      `Wrote ${escapeForDisplay(options.out)}: parcel ${escapeForDisplay(parcelId)}, ${pack.events.length} event(s) and ${pack.documents.length} document(s) proved against a checkpoint of ${escapeForDisplay(size)} events.`,
    ],
  });
  return exitCodes.ok;
};
