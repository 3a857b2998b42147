import type { JSONType, ResolvedEvent } from '@eventstore/db-client';
import {
  type Appended,
  appendLeaves,
  type Frontier,
  type Hash,
  hashFromHex,
  hashToHex,
  isFrontier,
} from '@parcel-claims/eventsourcing';
import { UnreadableEvent } from '../errors/unreadable-event.js';

/** One event of the log as a leaf of its tree. */
export interface TreeLeaf {
  /** The event's global position. */
  readonly position: bigint;
  /** Its RFC 9162 leaf hash (see `eventLeafHash`). */
  readonly leaf: Hash;
}

/**
 * One step of the tree over the log, as the tree stream records it: the events the step added
 * after the position the tree covered before it, and the frontier it left. The nodes the step
 * completed are not stored: they follow from the previous frontier and the leaves (see
 * {@link continueTree}), which is also how a reader checks the step.
 */
export interface TreeStep {
  /** The position of the last leaf before this step; 0 for the first step. */
  readonly after: bigint;
  /** The leaf index of the step's first leaf: the tree's size before it. */
  readonly firstIndex: number;
  /** The events added, in position order; never empty. */
  readonly leaves: readonly TreeLeaf[];
  /** The tree's frontier after the step. */
  readonly frontier: Frontier;
}

/** The tree as far as the steps applied so far take it. */
export interface CoveredTree {
  /** The position of the last leaf; 0 while the tree is empty. */
  readonly through: bigint;
  readonly frontier: Frontier;
}

/** The event type of a tree step. */
export const treeStepType = 'LogTreeGrown';

const digits = /^\d+$/;

/** A tree step as the JSON data of its event; positions as decimal strings, hashes as hex. */
export const treeStepData = (step: TreeStep): JSONType => ({
  after: step.after.toString(),
  firstIndex: step.firstIndex,
  leaves: step.leaves.map(({ position, leaf }) => ({ position: position.toString(), leaf: hashToHex(leaf) })),
  frontier: { size: step.frontier.size, peaks: [...step.frontier.peaks] },
});

type Refuse = (reason: string, path: string) => UnreadableEvent;

const positionAt = (value: unknown, path: string, refuse: Refuse): bigint => {
  if (typeof value !== 'string' || !digits.test(value))
    throw refuse('is not a position (decimal digits)', path);
  return BigInt(value);
};

const leafAt = (value: unknown, path: string, refuse: Refuse): TreeLeaf => {
  if (typeof value !== 'object' || value === null) throw refuse('is not a leaf object', path);
  const hex = Reflect.get(value, 'leaf');
  const leaf = typeof hex === 'string' ? hashFromHex(hex) : undefined;
  if (leaf === undefined) throw refuse('is not a hash (64 hex digits)', `${path}.leaf`);
  return { position: positionAt(Reflect.get(value, 'position'), `${path}.position`, refuse), leaf };
};

/**
 * Reads a tree step event. Throws `UnreadableEvent` naming the tree stream, the event's revision
 * and the JSON path of the first field that is missing or malformed.
 */
export const decodeTreeStep = (resolved: ResolvedEvent): TreeStep => {
  const { event } = resolved;
  if (event === undefined)
    throw new UnreadableEvent({ streamId: '(unknown)', revision: -1n, reason: 'a link to a missing event' });
  const refuse: Refuse = (reason, path) =>
    new UnreadableEvent({
      streamId: event.streamId,
      revision: event.revision,
      reason: `a tree step whose ${path} ${reason}`,
      path,
    });
  if (event.type !== treeStepType) throw refuse(`is "${event.type}", not "${treeStepType}"`, '$.type');
  const { data } = event;
  if (!event.isJson || typeof data !== 'object' || data === null || Array.isArray(data))
    throw refuse('is not a JSON object', '$.data');
  const firstIndex = Reflect.get(data, 'firstIndex');
  if (typeof firstIndex !== 'number' || !Number.isSafeInteger(firstIndex) || firstIndex < 0)
    throw refuse('is not a leaf index', '$.data.firstIndex');
  const leaves = Reflect.get(data, 'leaves');
  if (!Array.isArray(leaves) || leaves.length === 0)
    throw refuse('is not a non-empty array', '$.data.leaves');
  const frontier = Reflect.get(data, 'frontier');
  if (!isFrontier(frontier)) throw refuse('is not a frontier', '$.data.frontier');
  return {
    after: positionAt(Reflect.get(data, 'after'), '$.data.after', refuse),
    firstIndex,
    leaves: leaves.map((leaf: unknown, index) => leafAt(leaf, `$.data.leaves[${index}]`, refuse)),
    frontier,
  };
};

/** Where a step was read from, for the error when it does not continue the tree. */
export interface StepSource {
  readonly streamId: string;
  readonly revision: bigint;
}

const sameFrontier = (a: Frontier, b: Frontier): boolean =>
  a.size === b.size && a.peaks.length === b.peaks.length && a.peaks.every((peak, i) => peak === b.peaks[i]);

/**
 * Grows the tree by a step after checking that the step continues it: it starts where the tree
 * ends (`after` and `firstIndex`), its leaves come after that in increasing position order, and
 * growing the tree's frontier by its leaves gives exactly the frontier it recorded. Returns the
 * grown tree and the nodes the step completed; throws `UnreadableEvent` naming the step's stream, revision
 * and the field that breaks the chain.
 */
export const continueTree = (
  tree: CoveredTree,
  step: TreeStep,
  source: StepSource,
): { readonly tree: CoveredTree; readonly nodes: Appended['nodes'] } => {
  const refuse = (reason: string, path: string) =>
    new UnreadableEvent({
      ...source,
      reason: `a tree step that does not continue the tree: ${reason}`,
      path,
    });
  if (step.after !== tree.through)
    throw refuse(`it starts after position ${step.after}, the tree ends at ${tree.through}`, '$.data.after');
  if (step.firstIndex !== tree.frontier.size)
    throw refuse(
      `its first leaf index is ${step.firstIndex}, the tree has ${tree.frontier.size} leaves`,
      '$.data.firstIndex',
    );
  let previous = step.after;
  for (const [index, { position }] of step.leaves.entries()) {
    if (position <= previous)
      throw refuse(
        `leaf ${index} is at position ${position}, not after ${previous}`,
        `$.data.leaves[${index}].position`,
      );
    previous = position;
  }
  const appended = appendLeaves(
    tree.frontier,
    step.leaves.map(({ leaf }) => leaf),
  );
  if (!sameFrontier(appended.frontier, step.frontier))
    throw refuse('its frontier is not the tree grown by its leaves', '$.data.frontier');
  return { tree: { through: previous, frontier: appended.frontier }, nodes: appended.nodes };
};
