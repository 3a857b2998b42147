import { type Checkpoint, type CheckpointProblem, parseCheckpoint } from './checkpoint.js';
import type { NoteLimits, NoteSignature } from './signed-note.js';
import type { VerifierKey } from './verifier-key.js';
import { type NoteFailure, verifyNote } from './verify-note.js';

/**
 * Why a signed checkpoint is not accepted: the note fails (see `NoteFailure`), its verified
 * text is not a checkpoint body, or it comes from another log than the one expected.
 */
export type CheckpointFailure =
  | NoteFailure
  | { readonly kind: 'bad-checkpoint'; readonly problem: CheckpointProblem; readonly line: number }
  | { readonly kind: 'unexpected-origin'; readonly expected: string; readonly found: string };

/** A checkpoint whose note verified, with the signatures known and unknown, or why it was not accepted. */
export type CheckpointVerification =
  | {
      readonly ok: true;
      readonly checkpoint: Checkpoint;
      readonly verified: readonly NoteSignature[];
      readonly unknown: readonly NoteSignature[];
    }
  | { readonly ok: false; readonly failure: CheckpointFailure };

/** What a checkpoint is verified with: the note's bounds and the origin it must carry. */
export interface CheckpointOptions extends NoteLimits {
  /** The origin the checkpoint must carry; any origin when absent. */
  readonly origin?: string;
}

/**
 * Verifies a signed checkpoint: the signatures first (`verifyNote`), then the body, read only
 * once a known key vouches for it.
 *
 * @example
 * const result = verifyCheckpoint(note, [logKey], { origin: 'claims.example/log' });
 * if (result.ok) console.log(result.checkpoint.treeSize);
 */
export const verifyCheckpoint = (
  note: Uint8Array | string,
  keys: readonly VerifierKey[],
  options: CheckpointOptions = {},
): CheckpointVerification => {
  const verification = verifyNote(note, keys, options);
  if (!verification.ok) return verification;
  const parsed = parseCheckpoint(verification.text);
  if (!parsed.ok)
    return { ok: false, failure: { kind: 'bad-checkpoint', problem: parsed.problem, line: parsed.line } };
  const { checkpoint } = parsed;
  if (options.origin !== undefined && checkpoint.origin !== options.origin)
    return {
      ok: false,
      failure: { kind: 'unexpected-origin', expected: options.origin, found: checkpoint.origin },
    };
  return { ok: true, checkpoint, verified: verification.verified, unknown: verification.unknown };
};
