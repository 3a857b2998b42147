import { emptyFrontier, type Frontier, frontierRoot } from '../merkle/frontier.js';
import type { Hash } from '../merkle/tree-hash.js';
import type { RecordedEvent } from '../store/recorded-event.js';
import { appendEventLeaves } from './event-leaf.js';
import type { KeptCheckpoint, LogTree } from './log-tree.js';

/** A {@link LogTree} in memory, and the call its store makes after each append. */
export interface MemoryLogTree {
  readonly tree: LogTree;
  /** Grows the tree by the events just appended, in position order. */
  readonly grow: (events: readonly RecordedEvent[]) => void;
}

/**
 * The tree of an in-memory log: nodes in one array per level, grown synchronously in the append
 * that records the events, so it always covers exactly the log.
 */
export const memoryLogTree = (): MemoryLogTree => {
  const levels: Hash[][] = [];
  const leaves = new Map<bigint, number>();
  const kept: KeptCheckpoint[] = [];
  let frontier: Frontier = emptyFrontier;

  const grow = (events: readonly RecordedEvent[]): void => {
    if (events.length === 0) return;
    const appended = appendEventLeaves(frontier, events);
    for (const { level, index, hash } of appended.nodes) {
      let row = levels[level];
      if (row === undefined) {
        row = [];
        levels[level] = row;
      }
      row[index] = hash;
    }
    for (const [offset, event] of events.entries()) leaves.set(event.position, frontier.size + offset);
    frontier = appended.frontier;
  };

  const tree: LogTree = {
    head: async () => ({ size: frontier.size, root: frontierRoot(frontier) }),
    nodes: { read: async (addresses) => addresses.map(({ level, index }) => levels[level]?.[index]) },
    leafIndexOf: async (position) => leaves.get(position),
    checkpoints: {
      add: async (checkpoint) => {
        if (!kept.some((other) => other.note === checkpoint.note)) kept.push(checkpoint);
      },
      list: async () => [...kept],
    },
  };
  return { tree, grow };
};
