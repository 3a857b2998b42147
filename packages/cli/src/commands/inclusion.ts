import {
  type CheckpointInclusion,
  checkInclusion,
  describeCheckpointFailure,
  escapeForDisplay,
} from '@parcel-claims/audit';
import type { EventStore } from '@parcel-claims/eventsourcing';
import { parcelStreamId } from '@parcel-claims/service';
import * as E from 'fp-ts/lib/Either.js';
import { exitCodes } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import { readCheckpointFiles, readVerifierFiles } from '../key-files.js';

/** `--checkpoint <file>` and `--pubkey <file>…` of `audit` and `report`. */
export interface InclusionOptions {
  readonly checkpoint?: string;
  readonly pubkey?: readonly string[];
}

/**
 * The parcel's events checked against a checkpoint, when `--pubkey` is given: the one in
 * `--checkpoint`, else the newest the store keeps. `undefined` when not asked; the exit code
 * (after saying why on standard error) when it cannot be checked: 2 for wrong usage, an
 * unreadable file or a store without a tree, 1 for a checkpoint the keys do not accept.
 */
export const inclusionForCommand = async (
  store: EventStore,
  io: CliIo,
  command: string,
  parcelId: string,
  options: InclusionOptions,
): Promise<CheckpointInclusion | undefined | number> => {
  const pubkeys = options.pubkey ?? [];
  const fail = (text: string, code: number = exitCodes.usage): number => {
    io.stderr.write(`parcel-claims ${command}: ${text}\n`);
    return code;
  };
  if (pubkeys.length === 0)
    return options.checkpoint === undefined
      ? undefined
      : fail('give --pubkey <file> to check the signature of the checkpoint');
  const keys = await readVerifierFiles(io, pubkeys);
  if (E.isLeft(keys)) return fail(keys.left);
  let note: string;
  if (options.checkpoint === undefined) {
    const newest = (await store.tree?.checkpoints.list())?.at(-1);
    if (newest === undefined) return fail('the store keeps no checkpoint; give --checkpoint <file>');
    note = newest.note;
  } else {
    const read = await readCheckpointFiles(io, [options.checkpoint]);
    if (E.isLeft(read)) return fail(read.left);
    const [only, ...more] = read.right;
    if (only === undefined || more.length > 0)
      return fail(
        `${escapeForDisplay(options.checkpoint)} holds ${read.right.length} checkpoints; give a file with one`,
      );
    note = only.note;
  }
  const checked = await checkInclusion(store, parcelStreamId(parcelId), {
    checkpoint: note,
    keys: keys.right,
  });
  if (checked.ok) return checked.inclusion;
  return checked.failure.kind === 'no-tree'
    ? fail('the store keeps no Merkle tree over its log')
    : fail(
        `the checkpoint is not accepted: ${describeCheckpointFailure(checked.failure.failure)}`,
        exitCodes.findings,
      );
};
