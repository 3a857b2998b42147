import { noteTextProblem } from './note-text.js';
import { decodeStrictBase64, encodeBase64 } from './strict-base64.js';

/** The body of a signed tree head (c2sp.org/tlog-checkpoint). */
export interface Checkpoint {
  /** Who issued it: the log's identity, usually also the name of its key. */
  readonly origin: string;
  /** Number of leaves in the tree. */
  readonly treeSize: bigint;
  /** The RFC 6962 Merkle tree hash of those leaves: 32 bytes. */
  readonly rootHash: Uint8Array;
  /** Opaque lines after the root hash, each non-empty. */
  readonly extensions: readonly string[];
}

/** Why a text is not a checkpoint body, and on which 1-based line. */
export type CheckpointProblem =
  | 'not-utf8'
  | 'control-character'
  | 'missing-final-newline'
  | 'too-few-lines'
  | 'empty-line'
  | 'bad-tree-size'
  | 'root-hash-not-base64'
  | 'root-hash-wrong-length';

/** A checkpoint read from its text, or the problem found and the line it is on. */
export type CheckpointResult =
  | { readonly ok: true; readonly checkpoint: Checkpoint }
  | { readonly ok: false; readonly problem: CheckpointProblem; readonly line: number };

/** A checkpoint written as text, or the problem that keeps it from being written. */
export type CheckpointTextResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly problem: CheckpointProblem; readonly line: number };

export const rootHashLength = 32;

// Go's tlog, which reads checkpoints of sum.golang.org, holds a tree size in an int64; a larger
// one would be a checkpoint others cannot read.
const maxTreeSize = 2n ** 63n - 1n;
const canonicalDecimal = /^(?:0|[1-9][0-9]*)$/;

/**
 * Reads a checkpoint body strictly: origin, tree size (decimal, no leading zero, below 2^63),
 * root hash (canonical base64 of 32 bytes), then any non-empty extension lines, each line ending
 * in a newline. The text is the `text` of a verified note (see `verifyCheckpoint`).
 *
 * @example
 * parseCheckpoint('go.sum database tree\n123456789012\nTszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBb0=\n');
 * // { ok: true, checkpoint: { origin: 'go.sum database tree', treeSize: 123456789012n, ... } }
 */
export const parseCheckpoint = (text: string): CheckpointResult => {
  const textProblem = noteTextProblem(text);
  if (textProblem !== undefined) return { ok: false, ...textProblem };
  const lines = text.slice(0, -1).split('\n');
  const empty = lines.indexOf('');
  if (empty >= 0) return { ok: false, problem: 'empty-line', line: empty + 1 };
  const [origin, sizeText, hashText, ...extensions] = lines;
  if (origin === undefined || sizeText === undefined || hashText === undefined)
    return { ok: false, problem: 'too-few-lines', line: lines.length + 1 };
  if (!canonicalDecimal.test(sizeText) || BigInt(sizeText) > maxTreeSize)
    return { ok: false, problem: 'bad-tree-size', line: 2 };
  const rootHash = decodeStrictBase64(hashText);
  if (rootHash === undefined) return { ok: false, problem: 'root-hash-not-base64', line: 3 };
  if (rootHash.length !== rootHashLength) return { ok: false, problem: 'root-hash-wrong-length', line: 3 };
  return { ok: true, checkpoint: { origin, treeSize: BigInt(sizeText), rootHash, extensions } };
};

/**
 * Writes a checkpoint body in its one canonical form, checking it as `parseCheckpoint` would
 * read it back (the line named is the one the text would have).
 */
export const formatCheckpoint = (checkpoint: Checkpoint): CheckpointTextResult => {
  const { origin, treeSize, rootHash, extensions } = checkpoint;
  if (treeSize < 0n || treeSize > maxTreeSize) return { ok: false, problem: 'bad-tree-size', line: 2 };
  if (rootHash.length !== rootHashLength) return { ok: false, problem: 'root-hash-wrong-length', line: 3 };
  const fields = [origin, treeSize.toString(), encodeBase64(rootHash), ...extensions];
  for (const [index, field] of fields.entries()) {
    if (field === '') return { ok: false, problem: 'empty-line', line: index + 1 };
    // A newline inside a field would make a second line of it.
    const problem = noteTextProblem(`${field}\n`);
    if (problem !== undefined) return { ok: false, problem: problem.problem, line: index + 1 };
    if (field.includes('\n')) return { ok: false, problem: 'control-character', line: index + 1 };
  }
  return { ok: true, text: `${fields.join('\n')}\n` };
};
