import { randomUUID } from 'node:crypto';
import { jsonEvent } from '@eventstore/db-client';
import {
  appendLeaves,
  emptyFrontier,
  eventLeafHash,
  frontierRoot,
  type LogTree,
  memoryNodeStore,
  type RecordedEvent,
} from '@parcel-claims/eventsourcing';
import type { AdapterContext } from '../store/adapter-context.js';
import { readAll } from '../store/read-all.js';
import { keptCheckpointLog } from './checkpoint-log.js';
import { followedStream } from './followed-stream.js';
import { oneAtATime } from './one-at-a-time.js';
import {
  type CoveredTree,
  continueTree,
  decodeTreeStep,
  type TreeStep,
  treeStepData,
  treeStepType,
} from './tree-step.js';

/** Leaves in one tree step at most, so that a step event stays small (about 50 kB). */
const maxStepLeaves = 512;

/** The stream of tree steps: `<internalPrefix>log-tree`, which `readAll` skips and `append` refuses. */
export const logTreeStreamId = (context: AdapterContext): string => `${context.internalPrefix}log-tree`;

interface NewEvents {
  readonly events: readonly RecordedEvent[];
  /** Whether the read reached the end of the log. */
  readonly complete: boolean;
}

/**
 * The Merkle tree over an EventStoreDB log. EventStoreDB cannot append to two streams in one
 * transaction, so the tree follows the log instead of growing in each append: every call that
 * needs the tree's latest state first catches up, reading the log after the last position the
 * tree covers and recording one step for what it found in the tree stream, at the exact
 * revision read, so that of two racing writers one step wins and the other continues after it.
 * The steps read so far are kept in memory (nodes, leaf indexes, frontier), so a call reads only
 * what was written since the one before.
 */
export const eventStoreDbLogTree = (context: AdapterContext): LogTree => {
  const nodes = memoryNodeStore();
  const leafIndexes = new Map<bigint, number>();
  let covered: CoveredTree = { through: 0n, frontier: emptyFrontier };

  const steps = followedStream(context, logTreeStreamId(context), async (resolved, revision) => {
    const step = decodeTreeStep(resolved);
    const grown = continueTree(covered, step, { streamId: logTreeStreamId(context), revision });
    await nodes.write(grown.nodes);
    for (const [offset, { position }] of step.leaves.entries())
      leafIndexes.set(position, step.firstIndex + offset);
    covered = grown.tree;
  });

  const newEvents = async (): Promise<NewEvents> => {
    const events: RecordedEvent[] = [];
    for await (const batch of readAll(context, { after: covered.through, batchSize: maxStepLeaves })) {
      events.push(...batch);
      // The events past a full step are read again by the next round.
      if (events.length >= maxStepLeaves) return { events: events.slice(0, maxStepLeaves), complete: false };
    }
    return { events, complete: true };
  };

  // One catch-up at a time in this process; across processes the tree stream's revision decides.
  const catchUp = oneAtATime(async (): Promise<void> => {
    for (;;) {
      await steps.follow();
      const { events, complete } = await newEvents();
      if (events.length === 0) return;
      const leaves = events.map((event) => ({
        position: event.position,
        leaf: eventLeafHash(event.metadata.hash),
      }));
      const step: TreeStep = {
        after: covered.through,
        firstIndex: covered.frontier.size,
        leaves,
        frontier: appendLeaves(
          covered.frontier,
          leaves.map(({ leaf }) => leaf),
        ).frontier,
      };
      const outcome = await steps.append(
        jsonEvent({ id: randomUUID(), type: treeStepType, data: treeStepData(step) }),
      );
      // The step is applied as read back, checked like any other writer's.
      if (outcome === 'written' && complete) {
        await steps.follow();
        return;
      }
    }
  });

  return {
    head: async () => {
      await catchUp();
      return { size: covered.frontier.size, root: frontierRoot(covered.frontier) };
    },
    nodes: {
      read: async (addresses) => {
        const size = covered.frontier.size;
        if (addresses.some(({ level, index }) => (index + 1) * 2 ** level > size)) await catchUp();
        return nodes.read(addresses);
      },
    },
    leafIndexOf: async (position) => {
      if (position > covered.through) await catchUp();
      return leafIndexes.get(position);
    },
    checkpoints: keptCheckpointLog(context),
  };
};
