import { foldPeaks, pushLeaf } from '../merkle/frontier.js';
import type { Hash } from '../merkle/tree-hash.js';
import type { RecordedEvent } from '../store/recorded-event.js';
import { eventLeafHash } from './event-leaf.js';
import type { KeptCheckpoint, LogTree } from './log-tree.js';

/** A {@link LogTree} in memory, and the call its store makes after each append. */
export interface MemoryLogTree {
  readonly tree: LogTree;
  /**
   * Grows the tree by the events just appended, in position order. Positions are 1, 2, 3, … as
   * the in-memory store gives them, so an event's leaf index is its position − 1; an event at
   * any other position is refused with an error naming both.
   */
  readonly grow: (events: readonly RecordedEvent[]) => void;
}

/**
 * The tree of an in-memory log: nodes in one array per level and the peaks as bytes, grown
 * synchronously in the append that records the events, so it always covers exactly the log.
 */
export const memoryLogTree = (): MemoryLogTree => {
  const levels: Hash[][] = [];
  const peaks: Hash[] = [];
  const kept: KeptCheckpoint[] = [];
  let size = 0;

  const keep = (level: number, index: number, hash: Hash): void => {
    let row = levels[level];
    if (row === undefined) {
      row = [];
      levels[level] = row;
    }
    row[index] = hash;
  };

  const grow = (events: readonly RecordedEvent[]): void => {
    for (const event of events) {
      if (event.position !== BigInt(size + 1))
        throw new Error(
          `the in-memory tree of ${size} leaves takes position ${size + 1} next, not ${event.position}`,
        );
      pushLeaf(peaks, size, eventLeafHash(event.metadata.hash), keep);
      size += 1;
    }
  };

  const tree: LogTree = {
    head: async () => ({ size, root: foldPeaks(peaks) }),
    nodes: { read: async (addresses) => addresses.map(({ level, index }) => levels[level]?.[index]) },
    leafIndexOf: async (position) =>
      position >= 1n && position <= BigInt(size) ? Number(position) - 1 : undefined,
    checkpoints: {
      add: async (checkpoint) => {
        if (!kept.some((other) => other.note === checkpoint.note)) kept.push(checkpoint);
      },
      list: async () => [...kept],
    },
  };
  return { tree, grow };
};
