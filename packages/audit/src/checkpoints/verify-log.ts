import {
  appendEventLeaves,
  type CheckpointFailure,
  type ConsistencyFailure,
  consistencyProof,
  type EventStore,
  emptyFrontier,
  emptyRoot,
  type Frontier,
  frontierRoot,
  type Hash,
  hashToHex,
  type LogTree,
  type RecordedEvent,
  type StoredNode,
  treeHead,
  type VerifierKey,
  verifyCheckpoint,
  verifyConsistency,
} from '@parcel-claims/eventsourcing';
import { type BrokenEvent, type StreamUnlikeLog, verifyStore } from '../verify-store.js';

/** Which checkpoint a finding is about: the `index`-th (0-based) given to `verifyLog`, or kept by the store. */
export interface CheckpointRef {
  readonly source: 'given' | 'kept';
  readonly index: number;
}

/** An event of the global log, by its position and its place in its stream. */
export interface LogEventRef {
  readonly position: bigint;
  readonly streamId: string;
  readonly revision: bigint;
}

/**
 * The first leaf at which the log differs from the stored tree (found where the stored nodes
 * still give the checkpoint's root): the event the log now holds there, or `null` when the log
 * holds nothing at that leaf any more.
 */
export interface FirstDifference {
  readonly leafIndex: number;
  readonly event: LogEventRef | null;
}

/** A stored tree node that is not the one the log's events give (hashes in hex). */
export interface NodeDifference {
  readonly level: number;
  readonly index: number;
  /** The stored hash, `null` when none is stored. */
  readonly stored: string | null;
  readonly recomputed: string;
}

/**
 * What `verifyLog` found wrong (hashes in hex):
 * - `broken-chain`: a stream's hash chain is broken at `event`;
 * - `stream-unlike-log`: a stream reads back other than the global log holds it (on
 *   EventStoreDB, a stream deleted or truncated leaves its events in the log, and so in the tree);
 * - `bad-checkpoint`: a checkpoint's note does not verify with the keys (unknown key, bad
 *   signature, malformed, not a checkpoint, another origin), see `CheckpointFailure`;
 * - `checkpoint-beyond-log`: the checkpoint signs more events than the log holds: events removed;
 * - `checkpoint-root-differs`: the log's first `treeSize` events do not hash to the signed root;
 * - `fork`: two checkpoints of one size sign different roots;
 * - `inconsistent-checkpoints`: the tree of the smaller checkpoint is not a prefix of the larger
 *   one's, by a consistency proof from the stored nodes;
 * - `tree-head-differs`: the store's tree head is not the one its log's events give;
 * - `stored-node-differs`: a stored tree node is not the one the log's events give (the first
 *   {@link maxNodeDifferences} are named; `tree-head-differs` or a checkpoint finding says more).
 */
export type LogFinding =
  | { readonly kind: 'broken-chain'; readonly event: BrokenEvent }
  | { readonly kind: 'stream-unlike-log'; readonly stream: StreamUnlikeLog }
  | {
      readonly kind: 'bad-checkpoint';
      readonly checkpoint: CheckpointRef;
      readonly failure: CheckpointFailure;
    }
  | {
      readonly kind: 'checkpoint-beyond-log';
      readonly checkpoint: CheckpointRef;
      readonly treeSize: bigint;
      readonly events: number;
      readonly firstDifference: FirstDifference | null;
    }
  | {
      readonly kind: 'checkpoint-root-differs';
      readonly checkpoint: CheckpointRef;
      readonly treeSize: bigint;
      readonly signedRoot: string;
      readonly logRoot: string;
      readonly firstDifference: FirstDifference | null;
    }
  | {
      readonly kind: 'fork';
      readonly treeSize: bigint;
      readonly first: CheckpointRef;
      readonly firstRoot: string;
      readonly second: CheckpointRef;
      readonly secondRoot: string;
    }
  | {
      readonly kind: 'inconsistent-checkpoints';
      readonly first: CheckpointRef;
      readonly firstSize: bigint;
      readonly second: CheckpointRef;
      readonly secondSize: bigint;
      readonly reason: ConsistencyFailure;
    }
  | {
      readonly kind: 'tree-head-differs';
      readonly stored: { readonly size: number; readonly root: string };
      readonly recomputed: { readonly size: number; readonly root: string };
    }
  | ({ readonly kind: 'stored-node-differs' } & NodeDifference);

/** What `verifyLog` checked and found; `ok` when nothing is wrong. */
export interface LogReport {
  readonly ok: boolean;
  readonly streams: number;
  readonly events: number;
  /** Checkpoints checked: the given ones, then the kept ones. */
  readonly checkpoints: number;
  readonly findings: readonly LogFinding[];
}

/** The checkpoints and keys `verifyLog` checks a log against. */
export interface VerifyLogOptions {
  /** Signed checkpoint notes to check the log against, besides the ones the store keeps. */
  readonly checkpoints?: readonly string[];
  /** Verifier keys of the checkpoints' signers (several while a key is rotated). */
  readonly keys: readonly VerifierKey[];
  /** The origin every checkpoint must carry; any when absent. */
  readonly origin?: string;
}

/** At most this many `stored-node-differs` findings are reported. */
export const maxNodeDifferences = 20;

interface SignedHead {
  readonly ref: CheckpointRef;
  readonly treeSize: bigint;
  readonly root: Hash;
}

interface Recomputed {
  readonly events: number;
  readonly root: Hash;
  readonly rootsAt: ReadonlyMap<number, Hash>;
  readonly firstLeafDifference: FirstDifference | undefined;
  readonly nodeDifferences: readonly NodeDifference[];
}

const eventRef = (event: RecordedEvent): LogEventRef => ({
  position: event.position,
  streamId: event.streamId,
  revision: event.revision,
});

const sameBytes = (a: Hash, b: Hash): boolean => Buffer.compare(a, b) === 0;

/** Splits a batch where the tree reaches one of the sizes whose root is needed. */
const piecesOf = (start: number, count: number, needed: ReadonlySet<number>): readonly number[] => {
  const cuts: number[] = [];
  for (let size = start + 1; size < start + count; size += 1) if (needed.has(size)) cuts.push(size - start);
  return [...cuts, count];
};

/**
 * Rebuilds the tree from the global log, one batch at a time as `add` is given them: it keeps the
 * frontier, the roots at the needed sizes, and what differs from the stored nodes, never the events.
 */
const treeRebuild = (tree: LogTree | undefined, needed: ReadonlySet<number>) => {
  let frontier: Frontier = emptyFrontier;
  const rootsAt = new Map<number, Hash>(needed.has(0) ? [[0, emptyRoot]] : []);
  let firstLeafDifference: FirstDifference | undefined;
  const nodeDifferences: NodeDifference[] = [];
  const add = async (batch: readonly RecordedEvent[]): Promise<void> => {
    const start = frontier.size;
    const nodes: StoredNode[] = [];
    let from = 0;
    for (const end of piecesOf(start, batch.length, needed)) {
      const appended = appendEventLeaves(frontier, batch.slice(from, end));
      nodes.push(...appended.nodes);
      frontier = appended.frontier;
      if (needed.has(frontier.size)) rootsAt.set(frontier.size, frontierRoot(frontier));
      from = end;
    }
    if (tree === undefined) return;
    const stored = await tree.nodes.read(nodes.map(({ level, index }) => ({ level, index })));
    for (const [i, node] of nodes.entries()) {
      const found = stored[i];
      if (found !== undefined && sameBytes(found, node.hash)) continue;
      const event = batch[node.index - start];
      if (node.level === 0 && firstLeafDifference === undefined && event !== undefined)
        firstLeafDifference = { leafIndex: node.index, event: eventRef(event) };
      if (nodeDifferences.length < maxNodeDifferences)
        nodeDifferences.push({
          level: node.level,
          index: node.index,
          stored: found === undefined ? null : hashToHex(found),
          recomputed: hashToHex(node.hash),
        });
    }
  };
  const result = (): Recomputed => ({
    events: frontier.size,
    root: frontierRoot(frontier),
    rootsAt,
    firstLeafDifference,
    nodeDifferences,
  });
  return { add, result };
};

/** Where the log first differs below `size`, when the stored nodes still give the signed root. */
const locate = async (
  tree: LogTree | undefined,
  head: SignedHead,
  recomputed: Recomputed,
): Promise<FirstDifference | null> => {
  if (tree === undefined || head.treeSize > BigInt(Number.MAX_SAFE_INTEGER)) return null;
  const size = Number(head.treeSize);
  const stored = await treeHead(tree.nodes, size);
  if (!stored.ok || !sameBytes(stored.root, head.root)) return null;
  const first = recomputed.firstLeafDifference;
  if (first !== undefined && first.leafIndex < size) return first;
  return recomputed.events < size ? { leafIndex: recomputed.events, event: null } : null;
};

const checkAgainstLog = async (
  tree: LogTree | undefined,
  head: SignedHead,
  recomputed: Recomputed,
): Promise<LogFinding | undefined> => {
  const { ref, treeSize } = head;
  if (treeSize > BigInt(recomputed.events)) {
    return {
      kind: 'checkpoint-beyond-log',
      checkpoint: ref,
      treeSize,
      events: recomputed.events,
      firstDifference: await locate(tree, head, recomputed),
    };
  }
  const logRoot = recomputed.rootsAt.get(Number(treeSize)) ?? emptyRoot;
  if (sameBytes(logRoot, head.root)) return undefined;
  return {
    kind: 'checkpoint-root-differs',
    checkpoint: ref,
    treeSize,
    signedRoot: hashToHex(head.root),
    logRoot: hashToHex(logRoot),
    firstDifference: await locate(tree, head, recomputed),
  };
};

const forksAndInconsistencies = async (
  tree: LogTree | undefined,
  heads: readonly SignedHead[],
): Promise<readonly LogFinding[]> => {
  const findings: LogFinding[] = [];
  const sorted = [...heads].sort((a, b) => (a.treeSize < b.treeSize ? -1 : a.treeSize > b.treeSize ? 1 : 0));
  for (const [i, second] of sorted.entries()) {
    const first = sorted[i - 1];
    if (first === undefined) continue;
    if (first.treeSize === second.treeSize) {
      if (!sameBytes(first.root, second.root))
        findings.push({
          kind: 'fork',
          treeSize: first.treeSize,
          first: first.ref,
          firstRoot: hashToHex(first.root),
          second: second.ref,
          secondRoot: hashToHex(second.root),
        });
      continue;
    }
    if (tree === undefined || second.treeSize > BigInt(Number.MAX_SAFE_INTEGER)) continue;
    const firstSize = Number(first.treeSize);
    const secondSize = Number(second.treeSize);
    const proof = await consistencyProof(tree.nodes, firstSize, secondSize);
    if (!proof.ok) continue;
    const check = verifyConsistency({
      firstSize,
      firstRoot: first.root,
      secondSize,
      secondRoot: second.root,
      proof: proof.proof,
    });
    if (!check.ok)
      findings.push({
        kind: 'inconsistent-checkpoints',
        first: first.ref,
        firstSize: first.treeSize,
        second: second.ref,
        secondSize: second.treeSize,
        reason: check.reason,
      });
  }
  return findings;
};

/**
 * Checks a whole log through the `EventStore` port: every stream's hash chain (`verifyStore`);
 * the Merkle tree rebuilt from the global log against the stored tree (head and nodes); each
 * checkpoint given and each one the store keeps against the keys and against the rebuilt tree
 * (signature, size, root, and where the log first differs); and the checkpoints against each
 * other (forks of one size, consistency proofs between sizes). Holds O(log n) hashes of the
 * tree, never the events.
 *
 * @example
 * const report = await verifyLog(store, { checkpoints: [note], keys: [logKey] });
 * for (const finding of report.findings) console.error(finding.kind);
 */
export const verifyLog = async (store: EventStore, options: VerifyLogOptions): Promise<LogReport> => {
  const { tree } = store;
  const kept = tree === undefined ? [] : await tree.checkpoints.list();
  const notes = [
    ...(options.checkpoints ?? []).map((note, index) => ({ ref: { source: 'given' as const, index }, note })),
    ...kept.map(({ note }, index) => ({ ref: { source: 'kept' as const, index }, note })),
  ];
  const checkpointFindings: LogFinding[] = [];
  const heads: SignedHead[] = [];
  for (const { ref, note } of notes) {
    const verified = verifyCheckpoint(
      note,
      options.keys,
      options.origin === undefined ? {} : { origin: options.origin },
    );
    if (verified.ok)
      heads.push({ ref, treeSize: verified.checkpoint.treeSize, root: verified.checkpoint.rootHash });
    else checkpointFindings.push({ kind: 'bad-checkpoint', checkpoint: ref, failure: verified.failure });
  }
  const needed = new Set(
    heads.filter((h) => h.treeSize <= BigInt(Number.MAX_SAFE_INTEGER)).map((h) => Number(h.treeSize)),
  );
  // One read of the log both finds the streams whose chains are checked and rebuilds the tree.
  const rebuild = treeRebuild(tree, needed);
  const chains = await verifyStore(store, { onLogBatch: rebuild.add });
  const recomputed = rebuild.result();
  const findings: LogFinding[] = [
    ...chains.broken.map((event): LogFinding => ({ kind: 'broken-chain', event })),
    ...chains.unlikeLog.map((stream): LogFinding => ({ kind: 'stream-unlike-log', stream })),
    ...checkpointFindings,
  ];
  for (const head of heads) {
    const finding = await checkAgainstLog(tree, head, recomputed);
    if (finding !== undefined) findings.push(finding);
  }
  findings.push(...(await forksAndInconsistencies(tree, heads)));
  if (tree !== undefined) {
    const stored = await tree.head();
    if (stored.size !== recomputed.events || !sameBytes(stored.root, recomputed.root))
      findings.push({
        kind: 'tree-head-differs',
        stored: { size: stored.size, root: hashToHex(stored.root) },
        recomputed: { size: recomputed.events, root: hashToHex(recomputed.root) },
      });
    for (const difference of recomputed.nodeDifferences)
      findings.push({ kind: 'stored-node-differs', ...difference });
  }
  return {
    ok: findings.length === 0,
    streams: chains.streams,
    events: recomputed.events,
    checkpoints: notes.length,
    findings,
  };
};
