import { hash } from 'node:crypto';
import {
  appendLeaves,
  emptyFrontier,
  type Frontier,
  type Hash,
  inclusionProof,
  leafHash,
  type MerkleNodeStore,
  memoryNodeStore,
  treeHead,
  verifyInclusion,
} from '@parcel-claims/eventsourcing';
import { comparePaired } from '../measure/compare-paired.js';
import { keep } from '../measure/keep.js';
import { perSecond, type TimeOptions, timeTasks } from '../measure/time-tasks.js';
import { atLeast, figure, pairedFigures, type Row, roundRatioRange } from '../report/row.js';

// Leaves are appended as a store would: one batch per write, frontier and nodes written together.
const batchSize = 1_024;

// What a log puts in its tree: each event's 32-byte hash (here SHA-256 of its position).
const eventHashes = (count: number): Buffer[] =>
  Array.from({ length: count }, (_, i) => hash('sha256', String(i), 'buffer'));

const buildTree = async (
  leaves: readonly Buffer[],
): Promise<{ nodes: MerkleNodeStore; frontier: Frontier }> => {
  const nodes = memoryNodeStore();
  let frontier = emptyFrontier;
  for (let at = 0; at < leaves.length; at += batchSize) {
    const appended = appendLeaves(frontier, leaves.slice(at, at + batchSize).map(leafHash));
    await nodes.write(appended.nodes);
    frontier = appended.frontier;
  }
  return { nodes, frontier };
};

/**
 * Building the RFC 9162 tree over a log's event hashes (leaf hash, nodes, frontier and stored
 * nodes) against bare SHA-256 of the same hashes; then one leaf's inclusion proof in that tree,
 * made from stored nodes and verified.
 */
export const merkleRows = async (
  leafCount: number,
  rounds: number,
  options: TimeOptions,
  proofOptions: TimeOptions,
): Promise<Row[]> => {
  const leaves = eventHashes(leafCount);
  const paired = await comparePaired(
    async () => keep(await buildTree(leaves)),
    () => {
      for (const leaf of leaves) keep(hash('sha256', leaf, 'buffer'));
    },
    rounds,
    options,
  );
  const { nodes } = await buildTree(leaves);
  const index = Math.floor(leafCount * 0.7);
  const leaf = leaves[index];
  const head = await treeHead(nodes, leafCount);
  const made = await inclusionProof(nodes, index, leafCount);
  if (leaf === undefined || !head.ok || !made.ok) throw new Error('no inclusion proof in the benchmark tree');
  const claim = { leafHash: leafHash(leaf), index, size: leafCount, proof: made.proof, root: head.root };
  if (!verifyInclusion(claim).ok) throw new Error('the benchmark inclusion proof does not verify');
  const [making, checking] = await timeTasks(
    [
      { name: 'prove', fn: async () => keep(await inclusionProof(nodes, index, leafCount)) },
      { name: 'verify', fn: () => keep(verifyInclusion(claim)) },
    ],
    proofOptions,
  );
  if (making === undefined || checking === undefined) throw new Error('tinybench returned no timing');
  const proofHashes: readonly Hash[] = made.proof;
  return [
    {
      id: 'merkle-build',
      workload: `Build the RFC 9162 tree over ${leafCount.toLocaleString('en')} event hashes (appendLeaves in batches of ${batchSize}, nodes kept in memoryNodeStore)`,
      ...pairedFigures(
        paired,
        (timing) => perSecond(timing, leafCount),
        'leaves/s',
        'SHA-256 of the same 32-byte hashes',
      ),
      target: atLeast('≥ 0.5× bare SHA-256', paired.ratio, 0.5),
      details: { leavesPerCall: figure(leafCount, 'leaves'), ...roundRatioRange(paired) },
    },
    {
      id: 'merkle-proof',
      workload: `Inclusion proof of one leaf in the tree of ${leafCount.toLocaleString('en')} (inclusionProof from stored nodes)`,
      measured: figure(perSecond(making, 1), 'proofs/s', making.rmePercent),
      baseline: null,
      ratio: null,
      target: null,
      details: {
        proofHashes: figure(proofHashes.length, 'hashes'),
        proofBytes: figure(proofHashes.length * 32, 'bytes'),
        verifyPerSecond: figure(perSecond(checking, 1), 'proofs/s', checking.rmePercent),
      },
    },
  ];
};
