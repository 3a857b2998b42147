// README:start
import {
  appendLeaves,
  consistencyProof,
  emptyFrontier,
  inclusionProof,
  leafHash,
  memoryNodeStore,
  treeHead,
  verifyConsistency,
  verifyInclusion,
} from '@parcel-claims/eventsourcing';

// `eventHashes`: `metadata.hash` of every recorded event, in the order of the log.
export const auditLog = async (eventHashes: readonly string[]) => {
  // Each event's hash is a leaf. A store keeps `frontier` and `nodes` beside its events.
  const nodes = memoryNodeStore();
  const leaves = eventHashes.map((hex) => leafHash(Buffer.from(hex, 'hex')));
  const { frontier, nodes: completed } = appendLeaves(emptyFrontier, leaves);
  await nodes.write(completed);

  // The log proves that event 2 is in the tree of its first 4 events, and that this tree is a
  // prefix of the whole log; an auditor checks both offline from plain values.
  const [small, large] = [await treeHead(nodes, 4), await treeHead(nodes, frontier.size)];
  const included = await inclusionProof(nodes, 2, 4);
  const extended = await consistencyProof(nodes, 4, frontier.size);
  if (!small.ok || !large.ok || !included.ok || !extended.ok) throw new Error('log shorter than 4 events');
  return {
    inclusion: verifyInclusion({
      leafHash: leaves[2] ?? leafHash(Buffer.alloc(0)),
      index: 2,
      size: 4,
      proof: included.proof,
      root: small.root,
    }),
    consistency: verifyConsistency({
      firstSize: 4,
      firstRoot: small.root,
      secondSize: frontier.size,
      secondRoot: large.root,
      proof: extended.proof,
    }),
  };
};
// README:end
