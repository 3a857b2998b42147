import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  appendLeaves,
  consistencyProof,
  emptyFrontier,
  type Frontier,
  frontierRoot,
  type Hash,
  hashToHex,
  inclusionProof,
  isFrontier,
  leafHash,
  memoryNodeStore,
  treeHead,
  verifyConsistency,
  verifyInclusion,
} from '../../src/index.js';
import { naiveConsistency, naiveInclusion, naiveLeafHash, naiveRoot } from './naive-tree.js';

const leafOf = (i: number): Buffer => Buffer.from(`event-${i}`);
const largest = 2_000;
const allLeaves = Array.from({ length: largest }, (_, i) => leafOf(i));

// One tree of 2,000 leaves for the proof properties, appended in uneven batches.
const nodes = memoryNodeStore();
let grown: Frontier = emptyFrontier;
for (let at = 0; at < largest; ) {
  const batch = allLeaves.slice(at, at + 1 + (at % 37));
  const appended = appendLeaves(grown, batch.map(leafHash));
  await nodes.write(appended.nodes);
  grown = appended.frontier;
  at += batch.length;
}

const naiveRoots = allLeaves.map((_, i) => hashToHex(naiveRoot(allLeaves.slice(0, i + 1))));

const hexes = (hashes: readonly Hash[]): string[] => hashes.map(hashToHex);

const flipByte = (hash: Hash, at: number): Hash => {
  const changed = Buffer.from(hash);
  changed[at % changed.length] = (changed[at % changed.length] ?? 0) ^ 0xff;
  return changed;
};

// RFC 9162 proofs bind the leaves, not the sizes: the size only fixes how long the proof is and
// on which side each hash joins. A claim with another index or size but a proof of the same
// length and sides computes the very same root, and verifies; the signed tree head is what ties a
// size to its root. Otherwise the claim fails on the length or on the root.
const inclusionSides = (index: number, size: number): boolean[] =>
  naiveInclusion(allLeaves.slice(0, size), index).map((s) => s.start < index);

const inclusionExpectation = (
  proof: readonly Hash[],
  index: number,
  size: number,
  changedIndex: number,
  changedSize: number,
) => {
  if (changedIndex >= changedSize) return { ok: false, reason: 'index-beyond-size' };
  const changed = inclusionSides(changedIndex, changedSize);
  if (changed.length !== proof.length)
    return { ok: false, reason: lengthReason(proof.length, changed.length) };
  return JSON.stringify(changed) === JSON.stringify(inclusionSides(index, size))
    ? { ok: true }
    : { ok: false, reason: 'root-mismatch' };
};

// Which proof hashes feed the old root (they lie within the old tree), and whether the old root
// itself is the first hash (the old tree is complete).
const consistencyShape = (first: number, second: number) => ({
  complete: isPowerOfTwo(first),
  old: naiveConsistency(allLeaves.slice(0, second), first).map((s) => s.end <= first),
});

const consistencyExpectation = (
  proof: readonly Hash[],
  first: number,
  second: number,
  changedFirst: number,
  changedSecond: number,
) => {
  if (changedFirst > changedSecond) return { ok: false, reason: 'sizes-out-of-order' };
  if (changedFirst === changedSecond || changedFirst === 0) return { ok: false, reason: 'proof-not-empty' };
  const original = consistencyShape(first, second);
  const changed = consistencyShape(changedFirst, changedSecond);
  if (changed.old.length !== proof.length)
    return { ok: false, reason: lengthReason(proof.length, changed.old.length) };
  const oldPart = (shape: typeof original) =>
    JSON.stringify([shape.complete, shape.old.map((old, i) => (old ? i : -1))]);
  // A complete old tree whose proof has no hash inside it (size 1, or a left edge of the new tree)
  // takes the claimed old root as the old root computed: that check cannot fail.
  const oldRootIsTheClaim = changed.complete && !changed.old.some((inside) => inside);
  if (!oldRootIsTheClaim && oldPart(changed) !== oldPart(original))
    return { ok: false, reason: 'first-root-mismatch' };
  return JSON.stringify(changed) === JSON.stringify(original)
    ? { ok: true }
    : { ok: false, reason: 'second-root-mismatch' };
};

const lengthReason = (length: number, needed: number) =>
  length > needed ? 'proof-too-long' : 'proof-too-short';

const isPowerOfTwo = (n: number): boolean => Number.isInteger(Math.log2(n));

describe('the incremental tree against the RFC written recursively', () => {
  it('has the same root at every size up to 2,000, from its frontier and from stored nodes', async () => {
    let frontier = emptyFrontier;
    const fromFrontier: string[] = [];
    const fromNodes: string[] = [];
    for (const leaf of allLeaves) {
      frontier = appendLeaves(frontier, [leafHash(leaf)]).frontier;
      fromFrontier.push(hashToHex(frontierRoot(frontier)));
      const head = await treeHead(nodes, frontier.size);
      fromNodes.push(head.ok ? hashToHex(head.root) : head.reason);
    }
    expect(fromFrontier).toEqual(naiveRoots);
    expect(fromNodes).toEqual(naiveRoots);
    expect(frontier).toEqual(grown);
    expect(isFrontier(JSON.parse(JSON.stringify(frontier)))).toBe(true);
  });

  it('grows the same tree whatever the batches', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 30 }), (batches) => {
        let frontier = emptyFrontier;
        let at = 0;
        for (const count of batches) {
          frontier = appendLeaves(frontier, allLeaves.slice(at, at + count).map(leafHash)).frontier;
          at += count;
        }
        expect(frontier).toEqual(appendLeaves(emptyFrontier, allLeaves.slice(0, at).map(leafHash)).frontier);
        expect(hashToHex(frontierRoot(frontier))).toBe(hashToHex(naiveRoot(allLeaves.slice(0, at))));
      }),
    );
  });
});

const inclusionCase = fc
  .integer({ min: 1, max: largest })
  .chain((size) => fc.record({ size: fc.constant(size), index: fc.integer({ min: 0, max: size - 1 }) }));

const consistencyCase = fc
  .integer({ min: 2, max: largest })
  .chain((second) =>
    fc.record({ second: fc.constant(second), first: fc.integer({ min: 1, max: second - 1 }) }),
  );

describe('inclusion proofs', () => {
  it('are the RFC proofs and verify', async () => {
    await fc.assert(
      fc.asyncProperty(inclusionCase, async ({ index, size }) => {
        const made = await inclusionProof(nodes, index, size);
        const leaves = allLeaves.slice(0, size);
        expect(made.ok ? hexes(made.proof) : made.reason).toEqual(
          hexes(naiveInclusion(leaves, index).map((s) => s.hash)),
        );
        if (!made.ok) return;
        const claim = {
          leafHash: naiveLeafHash(leafOf(index)),
          index,
          size,
          proof: made.proof,
          root: naiveRoot(leaves),
        };
        expect(verifyInclusion(claim)).toEqual({ ok: true });
      }),
    );
  });

  it('fail with the right reason when one byte, hash, index or size changes, sizes as far as the proof shows them', async () => {
    await fc.assert(
      fc.asyncProperty(
        inclusionCase,
        fc.constantFrom('leaf', 'proof', 'root', 'index', 'size'),
        fc.nat(),
        fc.integer({ min: 1, max: largest }),
        async ({ index, size }, part, at, other) => {
          const made = await inclusionProof(nodes, index, size);
          if (!made.ok) throw new Error(made.reason);
          const claim = {
            leafHash: leafHash(leafOf(index)),
            index,
            size,
            proof: made.proof,
            root: naiveRoot(allLeaves.slice(0, size)),
          };
          if (part === 'leaf') {
            expect(verifyInclusion({ ...claim, leafHash: flipByte(claim.leafHash, at) })).toEqual({
              ok: false,
              reason: 'root-mismatch',
            });
          } else if (part === 'root') {
            expect(verifyInclusion({ ...claim, root: flipByte(claim.root, at) })).toEqual({
              ok: false,
              reason: 'root-mismatch',
            });
          } else if (part === 'proof') {
            const proof = [...claim.proof];
            const which = at % Math.max(proof.length, 1);
            const hash = proof[which];
            // A single leaf is its own root: its proof is empty and has no hash to change.
            if (hash === undefined) return;
            proof[which] = flipByte(hash, at);
            expect(verifyInclusion({ ...claim, proof })).toEqual({ ok: false, reason: 'root-mismatch' });
          } else if (part === 'index') {
            const changed = (index + other) % (size + 1);
            if (changed === index) return;
            expect(verifyInclusion({ ...claim, index: changed })).toEqual(
              inclusionExpectation(claim.proof, index, size, changed, size),
            );
          } else {
            if (other === size) return;
            expect(verifyInclusion({ ...claim, size: other })).toEqual(
              inclusionExpectation(claim.proof, index, size, index, other),
            );
          }
        },
      ),
    );
  });
});

describe('consistency proofs', () => {
  it('are the RFC proofs and verify', async () => {
    await fc.assert(
      fc.asyncProperty(consistencyCase, async ({ first, second }) => {
        const made = await consistencyProof(nodes, first, second);
        const leaves = allLeaves.slice(0, second);
        expect(made.ok ? hexes(made.proof) : made.reason).toEqual(
          hexes(naiveConsistency(leaves, first).map((s) => s.hash)),
        );
        if (!made.ok) return;
        const claim = {
          firstSize: first,
          firstRoot: naiveRoot(allLeaves.slice(0, first)),
          secondSize: second,
          secondRoot: naiveRoot(leaves),
          proof: made.proof,
        };
        expect(verifyConsistency(claim)).toEqual({ ok: true });
      }),
    );
  });

  it('fail with the right reason when one byte, hash or size changes, sizes as far as the proof shows them', async () => {
    await fc.assert(
      fc.asyncProperty(
        consistencyCase,
        fc.constantFrom('proof', 'first-root', 'second-root', 'first-size', 'second-size'),
        fc.nat(),
        fc.integer({ min: 1, max: largest }),
        async ({ first, second }, part, at, other) => {
          const steps = naiveConsistency(allLeaves.slice(0, second), first);
          const claim = {
            firstSize: first,
            firstRoot: naiveRoot(allLeaves.slice(0, first)),
            secondSize: second,
            secondRoot: naiveRoot(allLeaves.slice(0, second)),
            proof: steps.map((s) => s.hash),
          };
          if (part === 'proof') {
            const which = at % steps.length;
            const proof: Hash[] = [...claim.proof];
            const hash = proof[which];
            const covered = steps[which];
            if (hash === undefined || covered === undefined) throw new Error('no proof hash to change');
            proof[which] = flipByte(hash, at);
            // A hash within the old tree feeds both roots, and the old root is checked first.
            const expected = covered.end <= first ? 'first-root-mismatch' : 'second-root-mismatch';
            expect(verifyConsistency({ ...claim, proof })).toEqual({ ok: false, reason: expected });
          } else if (part === 'first-root') {
            // A complete old tree's root is the proof's first hash, so only the new root shows it.
            const expected = isPowerOfTwo(first) ? 'second-root-mismatch' : 'first-root-mismatch';
            expect(verifyConsistency({ ...claim, firstRoot: flipByte(claim.firstRoot, at) })).toEqual({
              ok: false,
              reason: expected,
            });
          } else if (part === 'second-root') {
            expect(verifyConsistency({ ...claim, secondRoot: flipByte(claim.secondRoot, at) })).toEqual({
              ok: false,
              reason: 'second-root-mismatch',
            });
          } else {
            const [firstSize, secondSize] = part === 'first-size' ? [other, second] : [first, other];
            if (firstSize === first && secondSize === second) return;
            expect(verifyConsistency({ ...claim, firstSize, secondSize })).toEqual(
              consistencyExpectation(claim.proof, first, second, firstSize, secondSize),
            );
          }
        },
      ),
      // Found by a run: an old size of 1 (complete, nothing inside it) claimed for a proof of 6.
      { examples: [[{ first: 6, second: 1961 }, 'first-size', 0, 1]] },
    );
  });
});
