import { randomUUID } from 'node:crypto';
import type { EventStoreDBClient } from '@eventstore/db-client';
import {
  appendEventLeaves,
  type EventStore,
  emptyFrontier,
  frontierRoot,
  hashToHex,
  type LogTree,
  type RecordedEvent,
} from '@parcel-claims/eventsourcing';
import type { EventStoreDbStoreOptions } from '../../src/index.js';
import { quickRetries } from '../support/stand-in-fixture.js';

/** Store options with an internal prefix no other test uses, so each test has its own tree stream. */
export const ownTreeOptions = (): EventStoreDbStoreOptions & { readonly internalPrefix: string } => ({
  ...quickRetries,
  internalPrefix: `$tree-test-${randomUUID()}-`,
});

/** Every event the store's log holds, in position order. */
export const wholeLog = async (store: EventStore): Promise<readonly RecordedEvent[]> => {
  const events: RecordedEvent[] = [];
  for await (const batch of store.readAll()) events.push(...batch);
  return events;
};

/** A tree as plain values: size, root and every stored node in hex, leaf index per position. */
export interface TreeSnapshot {
  readonly size: number;
  readonly root: string;
  readonly nodes: readonly string[];
  readonly leafIndexes: readonly (number | undefined)[];
}

/** The tree computed in TypeScript from the log's events, as a snapshot. */
export const expectedTree = (log: readonly RecordedEvent[]): TreeSnapshot => {
  const { frontier, nodes } = appendEventLeaves(emptyFrontier, log);
  return {
    size: frontier.size,
    root: hashToHex(frontierRoot(frontier)),
    nodes: nodes.map((node) => `${node.level}/${node.index}/${hashToHex(node.hash)}`),
    leafIndexes: log.map((_, index) => index),
  };
};

/** What a store's tree answers for the same log: its head, the same node addresses, each event's leaf index. */
export const storedTree = async (tree: LogTree, log: readonly RecordedEvent[]): Promise<TreeSnapshot> => {
  const head = await tree.head();
  const addresses = appendEventLeaves(emptyFrontier, log).nodes;
  const hashes = await tree.nodes.read(addresses);
  return {
    size: head.size,
    root: hashToHex(head.root),
    nodes: addresses.map(({ level, index }, i) => {
      const hash = hashes[i];
      return `${level}/${index}/${hash === undefined ? 'missing' : hashToHex(hash)}`;
    }),
    leafIndexes: await Promise.all(log.map((event) => tree.leafIndexOf(event.position))),
  };
};

/** The leaves of each step in a tree stream, in stream order, read through the client. */
const stepLeaves = async (
  client: EventStoreDBClient,
  streamId: string,
): Promise<readonly (readonly unknown[])[]> => {
  const steps: (readonly unknown[])[] = [];
  for await (const resolved of client.readStream(streamId)) {
    const data = resolved.event?.data;
    const leaves = typeof data === 'object' && data !== null ? Reflect.get(data, 'leaves') : undefined;
    if (!Array.isArray(leaves)) throw new Error(`a step of ${streamId} without leaves`);
    steps.push(leaves);
  }
  return steps;
};

/** The leaf positions of every step in a tree stream, in stream order. */
export const stepPositions = async (
  client: EventStoreDBClient,
  streamId: string,
): Promise<readonly bigint[]> =>
  (await stepLeaves(client, streamId)).flatMap((leaves) =>
    leaves.map((leaf) =>
      BigInt(String(typeof leaf === 'object' && leaf !== null ? Reflect.get(leaf, 'position') : leaf)),
    ),
  );

/** How many leaves each step in a tree stream holds, in stream order. */
export const stepSizes = async (client: EventStoreDBClient, streamId: string): Promise<readonly number[]> =>
  (await stepLeaves(client, streamId)).map((leaves) => leaves.length);
