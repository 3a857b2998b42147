import {
  appendEventLeaves,
  consistencyProof,
  emptyFrontier,
  eventLeafHash,
  frontierRoot,
  hashToHex,
  inclusionProof,
  type LogTree,
  type RecordedEvent,
  treeHead,
  verifyConsistency,
  verifyInclusion,
} from '@parcel-claims/eventsourcing';
import { describe, expect } from 'vitest';
import { collectBatches } from './collect-batches.js';
import type { ContractContext } from './contract-fixture.js';
import type { ContractScope } from './contract-scope.js';

const treeOf = (scope: ContractScope): LogTree => {
  const { tree } = scope.store;
  if (tree === undefined)
    throw new Error('the store keeps no Merkle tree over its log (store.tree is undefined)');
  return tree;
};

const wholeLog = async (scope: ContractScope): Promise<readonly RecordedEvent[]> =>
  (await collectBatches(scope.store.readAll())).flat();

// The root over a log's events, grown afresh from their stored hashes in position order.
const rootOver = (events: readonly RecordedEvent[]): string =>
  hashToHex(frontierRoot(appendEventLeaves(emptyFrontier, events).frontier));

/** Four events in two streams, in three appends, with an idempotent repeat and a refused append. */
const seedTree = async (scope: ContractScope) => {
  const { store, stream, event, events } = scope;
  const [a, b] = [stream('a'), stream('b')];
  await store.append(a, events(1, 2), { expectedVersion: 'no_stream' });
  await store.append(b, [event(3)], { expectedVersion: 'no_stream' });
  await store.append(a, events(1, 2), { expectedVersion: 'no_stream' });
  await expect(store.append(a, [event(9)], { expectedVersion: 5n })).rejects.toMatchObject({
    name: 'VersionConflict',
  });
  await store.append(a, [event(4)], { expectedVersion: 1n });
};

/** The Merkle tree each store keeps over its global log, and its signed checkpoints. */
export const logTreeContract = ({ scope, test }: ContractContext): void => {
  describe('log tree', () => {
    test('the tree covers the whole log in position order: its size is the event count and its root is the tree of their hashes', async () => {
      const context = scope();
      await seedTree(context);
      const log = await wholeLog(context);
      const head = await treeOf(context).head();
      expect({ size: head.size, root: hashToHex(head.root) }).toEqual({
        size: log.length,
        root: rootOver(log),
      });
    });

    test('an idempotent repeat and a refused append add no leaf', async () => {
      const context = scope();
      const { store, stream, event, events } = context;
      const a = stream('a');
      await store.append(a, events(1, 2), { expectedVersion: 'no_stream' });
      const before = await treeOf(context).head();
      await store.append(a, events(1, 2), { expectedVersion: 'no_stream' });
      await expect(store.append(a, [event(3)], { expectedVersion: 7n })).rejects.toMatchObject({
        name: 'VersionConflict',
      });
      await expect(store.append(stream('b'), [event(1)], { expectedVersion: 'any' })).rejects.toMatchObject({
        name: 'DuplicateEventIds',
      });
      const after = await treeOf(context).head();
      expect({ size: after.size, root: hashToHex(after.root) }).toEqual({
        size: before.size,
        root: hashToHex(before.root),
      });
    });

    test('each event of the log has the leaf index of its place in the log, and an inclusion proof to the head', async () => {
      const context = scope();
      await seedTree(context);
      const tree = treeOf(context);
      const log = await wholeLog(context);
      const head = await tree.head();
      const own = log.filter((event) => event.streamId.startsWith(context.prefix));
      expect(own).toHaveLength(4);
      for (const event of own) {
        const index = await tree.leafIndexOf(event.position);
        expect(index).toBe(log.indexOf(event));
        if (index === undefined) return;
        const proof = await inclusionProof(tree.nodes, index, head.size);
        if (!proof.ok) throw new Error(`no inclusion proof for leaf ${index}: ${proof.reason}`);
        expect(
          verifyInclusion({
            leafHash: eventLeafHash(event.metadata.hash),
            index,
            size: head.size,
            proof: proof.proof,
            root: head.root,
          }),
        ).toEqual({ ok: true });
      }
    });

    test('a position that holds no event has no leaf index', async () => {
      const context = scope();
      await seedTree(context);
      const log = await wholeLog(context);
      const last = log[log.length - 1]?.position ?? 0n;
      expect(await treeOf(context).leafIndexOf(last + 1_000n)).toBeUndefined();
    });

    test('older tree heads are read from stored nodes, and the tree before an append is consistent with the tree after', async () => {
      const context = scope();
      const tree = treeOf(context);
      const first = await tree.head();
      await seedTree(context);
      const second = await tree.head();
      const log = await wholeLog(context);
      const older = await treeHead(tree.nodes, first.size);
      expect(older.ok ? hashToHex(older.root) : older.reason).toBe(rootOver(log.slice(0, first.size)));
      const proof = await consistencyProof(tree.nodes, first.size, second.size);
      if (!proof.ok) throw new Error(`no consistency proof: ${proof.reason}`);
      expect(
        verifyConsistency({
          firstSize: first.size,
          firstRoot: first.root,
          secondSize: second.size,
          secondRoot: second.root,
          proof: proof.proof,
        }),
      ).toEqual({ ok: true });
    });

    test('signed checkpoints are kept in order, the same note once, and two notes of one size both', async () => {
      const context = scope();
      const { checkpoints } = treeOf(context);
      const note = (line: string) => `${context.prefix}\n7\n${line}\n\n— ${context.prefix} AAAA\n`;
      const one = { treeSize: 7n, note: note('one') };
      const two = { treeSize: 7n, note: note('two') };
      await checkpoints.add(one);
      await checkpoints.add(two);
      await checkpoints.add(one);
      const listed = (await checkpoints.list()).filter((checkpoint) =>
        checkpoint.note.startsWith(context.prefix),
      );
      expect(listed).toEqual([one, two]);
    });
  });
};
