import { type Checkpoint, type CheckpointProblem, formatCheckpoint } from './checkpoint.js';
import type { NoteSigner } from './note-signer.js';
import { type SignedNoteResult, signNote } from './sign-note.js';

/** A signed checkpoint note, or why it could not be signed. */
export type SignedCheckpointResult =
  | SignedNoteResult
  | {
      readonly ok: false;
      readonly failure: {
        readonly kind: 'bad-checkpoint';
        readonly problem: CheckpointProblem;
        readonly line: number;
      };
    };

/**
 * Formats a checkpoint canonically and signs it with each signer (see `signNote`).
 *
 * @example
 * const signed = await signCheckpoint({ origin, treeSize: 3n, rootHash, extensions: [] }, [signer]);
 */
export const signCheckpoint = async (
  checkpoint: Checkpoint,
  signers: readonly NoteSigner[],
): Promise<SignedCheckpointResult> => {
  const body = formatCheckpoint(checkpoint);
  if (!body.ok)
    return { ok: false, failure: { kind: 'bad-checkpoint', problem: body.problem, line: body.line } };
  return signNote(body.text, signers);
};
