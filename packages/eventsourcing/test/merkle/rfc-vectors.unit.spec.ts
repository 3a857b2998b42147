import { describe, expect, it } from 'vitest';
import {
  appendLeaves,
  consistencyProof,
  emptyFrontier,
  emptyRoot,
  frontierRoot,
  type Hash,
  hashToHex,
  inclusionProof,
  leafHash,
  memoryNodeStore,
  treeHead,
  verifyConsistency,
  verifyInclusion,
} from '../../src/index.js';

// The eight-leaf tree of the Certificate Transparency test data (RFC 6962 / 9162), as published
// with transparency-dev/merkle's reference tests: leaf inputs, node hashes, roots of sizes 0..8.
const leaves = [
  '',
  '00',
  '10',
  '2021',
  '3031',
  '40414243',
  '5051525354555657',
  '606162636465666768696a6b6c6d6e6f',
].map((hex) => Buffer.from(hex, 'hex'));

const roots = [
  'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];

const leafHashes = [
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
  '0298d122906dcfc10892cb53a73992fc5b9f493ea4c9badb27b791b4127a7fe7',
  '07506a85fd9dd2f120eb694f86011e5bb4662e5c415a62917033d4a9624487e7',
  'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
  '4271a26be0d8a84f0bd54c8c302e7cb3a3b5d1fa6780a40bcce2873477dab658',
  'b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f',
  '46f6ffadd3d06a09ff3c5860d2755c8b9819db7df44251788c7d8e3180de8eb1',
];

const inclusionVectors = [
  { index: 0, size: 1, proof: [] },
  { index: 0, size: 2, proof: ['96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7'] },
  { index: 1, size: 2, proof: ['6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d'] },
  { index: 2, size: 3, proof: ['fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125'] },
  {
    index: 1,
    size: 5,
    proof: [
      '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
    ],
  },
  {
    index: 0,
    size: 8,
    proof: [
      '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
    ],
  },
  {
    index: 5,
    size: 8,
    proof: [
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
      'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ],
  },
];

const consistencyVectors = [
  { first: 1, second: 1, proof: [] },
  {
    first: 1,
    second: 8,
    proof: [
      '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
    ],
  },
  {
    first: 2,
    second: 5,
    proof: [
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
    ],
  },
  {
    first: 6,
    second: 8,
    proof: [
      '0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a',
      'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ],
  },
];

const hex = (hashes: readonly Hash[]): string[] => hashes.map(hashToHex);
const bytes = (hexes: readonly string[]): Hash[] => hexes.map((h) => Buffer.from(h, 'hex'));
const rootOf = (size: number): Hash => Buffer.from(roots[size] ?? '', 'hex');

const storedTree = async () => {
  const nodes = memoryNodeStore();
  const appended = appendLeaves(emptyFrontier, leaves.map(leafHash));
  await nodes.write(appended.nodes);
  return nodes;
};

describe('the Certificate Transparency eight-leaf tree', () => {
  it('hashes each leaf as SHA-256(0x00 ‖ bytes)', () => {
    expect(leaves.map((leaf) => hashToHex(leafHash(leaf)))).toEqual(leafHashes);
  });

  it('has the published root at every size from 0 to 8, appended one leaf at a time', () => {
    let frontier = emptyFrontier;
    const found = [hashToHex(frontierRoot(frontier))];
    for (const leaf of leaves) {
      frontier = appendLeaves(frontier, [leafHash(leaf)]).frontier;
      found.push(hashToHex(frontierRoot(frontier)));
    }
    expect(found).toEqual(roots);
    expect(hashToHex(emptyRoot)).toBe(roots[0]);
  });

  it('gives the published tree head of every size from the stored nodes', async () => {
    const nodes = await storedTree();
    const heads = [];
    for (let size = 0; size <= 8; size += 1) {
      const head = await treeHead(nodes, size);
      heads.push(head.ok ? hashToHex(head.root) : head.reason);
    }
    expect(heads).toEqual(roots);
    expect(await treeHead(nodes, 9)).toEqual({ ok: false, reason: 'beyond-tree' });
  });

  it.each(inclusionVectors)(
    'makes and verifies the published inclusion proof of leaf $index in size $size',
    async ({ index, size, proof }) => {
      const made = await inclusionProof(await storedTree(), index, size);
      expect(made.ok ? hex(made.proof) : made.reason).toEqual(proof);
      const leaf = leaves[index] ?? Buffer.alloc(0);
      expect(
        verifyInclusion({ leafHash: leafHash(leaf), index, size, proof: bytes(proof), root: rootOf(size) }),
      ).toEqual({ ok: true });
    },
  );

  it.each(consistencyVectors)(
    'makes and verifies the published consistency proof from $first to $second',
    async ({ first, second, proof }) => {
      const made = await consistencyProof(await storedTree(), first, second);
      expect(made.ok ? hex(made.proof) : made.reason).toEqual(proof);
      expect(
        verifyConsistency({
          firstSize: first,
          firstRoot: rootOf(first),
          secondSize: second,
          secondRoot: rootOf(second),
          proof: bytes(proof),
        }),
      ).toEqual({ ok: true });
    },
  );

  it('refuses proofs the tree cannot give', async () => {
    const nodes = await storedTree();
    expect(await inclusionProof(nodes, 8, 8)).toEqual({ ok: false, reason: 'index-beyond-size' });
    expect(await inclusionProof(nodes, 3, 9)).toEqual({ ok: false, reason: 'beyond-tree' });
    expect(await consistencyProof(nodes, 5, 4)).toEqual({ ok: false, reason: 'sizes-out-of-order' });
    expect(await consistencyProof(nodes, 5, 9)).toEqual({ ok: false, reason: 'beyond-tree' });
  });

  it('names what fails in a proof', () => {
    const proof = bytes(inclusionVectors[6]?.proof ?? []);
    const claim = {
      leafHash: leafHash(leaves[5] ?? Buffer.alloc(0)),
      index: 5,
      size: 8,
      proof,
      root: rootOf(8),
    };
    expect([
      verifyInclusion({ ...claim, index: 8 }),
      verifyInclusion({ ...claim, index: -1 }),
      verifyInclusion({ ...claim, proof: [...proof, rootOf(1)] }),
      verifyInclusion({ ...claim, proof: proof.slice(1) }),
      verifyInclusion({ ...claim, root: rootOf(7) }),
      verifyInclusion({ ...claim, proof: [Buffer.alloc(31), ...proof.slice(1)] }),
    ]).toEqual([
      { ok: false, reason: 'index-beyond-size' },
      { ok: false, reason: 'malformed' },
      { ok: false, reason: 'proof-too-long' },
      { ok: false, reason: 'proof-too-short' },
      { ok: false, reason: 'root-mismatch' },
      { ok: false, reason: 'malformed' },
    ]);
    const consistency = {
      firstSize: 6,
      firstRoot: rootOf(6),
      secondSize: 8,
      secondRoot: rootOf(8),
      proof: bytes(consistencyVectors[3]?.proof ?? []),
    };
    expect([
      verifyConsistency({ ...consistency, firstSize: 9 }),
      verifyConsistency({ ...consistency, firstRoot: rootOf(5) }),
      verifyConsistency({ ...consistency, secondRoot: rootOf(7) }),
      verifyConsistency({ ...consistency, proof: [] }),
      verifyConsistency({ ...consistency, firstSize: 8, proof: [] }),
      verifyConsistency({ ...consistency, firstSize: 8 }),
      verifyConsistency({ ...consistency, firstSize: 0, firstRoot: emptyRoot, proof: [] }),
      verifyConsistency({ ...consistency, firstSize: 0, proof: [] }),
    ]).toEqual([
      { ok: false, reason: 'sizes-out-of-order' },
      { ok: false, reason: 'first-root-mismatch' },
      { ok: false, reason: 'second-root-mismatch' },
      { ok: false, reason: 'proof-too-short' },
      { ok: false, reason: 'second-root-mismatch' },
      { ok: false, reason: 'proof-not-empty' },
      { ok: true },
      { ok: false, reason: 'first-root-mismatch' },
    ]);
  });
});
