import {
  type CheckpointFailure,
  type EventStore,
  eventLeafHash,
  hashToHex,
  inclusionProof,
  type VerifierKey,
  verifyCheckpoint,
  verifyInclusion,
} from '@parcel-claims/eventsourcing';
import { escapeForDisplay } from '../display-text.js';
import type { Painter } from '../format-replay.js';

/**
 * Where an event stands against a checkpoint: `included` (its inclusion proof from the stored tree
 * leads to the signed root), `after-checkpoint` (recorded after the signed size), `not-included`
 * (no leaf recorded for it, or its proof does not lead to the signed root).
 */
export type InclusionStatus = 'included' | 'after-checkpoint' | 'not-included';

/** One event of a stream and where it stands against a checkpoint. */
export interface EventInclusion {
  readonly revision: bigint;
  readonly position: bigint;
  /** Its leaf in the store's tree, `null` when none is recorded for its position. */
  readonly leafIndex: number | null;
  readonly status: InclusionStatus;
}

/** A verified checkpoint (root in hex, signing keys as `name+id`) and each event of a stream against it. */
export interface CheckpointInclusion {
  readonly origin: string;
  readonly treeSize: bigint;
  readonly root: string;
  readonly signedBy: readonly string[];
  readonly events: readonly EventInclusion[];
}

/** Why inclusion was not checked: the store keeps no tree, or the checkpoint does not verify with the keys. */
export type InclusionFailure =
  | { readonly kind: 'no-tree' }
  | { readonly kind: 'checkpoint-not-accepted'; readonly failure: CheckpointFailure };

/** Each event of a stream against a verified checkpoint, or why that could not be checked. */
export type CheckInclusionResult =
  | { readonly ok: true; readonly inclusion: CheckpointInclusion }
  | { readonly ok: false; readonly failure: InclusionFailure };

/**
 * Verifies a signed checkpoint with the keys, then checks each event of a stream against it:
 * included (by an inclusion proof from the store's nodes, checked against the signed root),
 * recorded after it, or not included.
 *
 * @example
 * const checked = await checkInclusion(store, 'parcel-TSS-2026-000042', { checkpoint: note, keys: [logKey] });
 * if (checked.ok) console.log(checked.inclusion.events.map((e) => e.status));
 */
export const checkInclusion = async (
  store: EventStore,
  streamId: string,
  options: { readonly checkpoint: string; readonly keys: readonly VerifierKey[] },
): Promise<CheckInclusionResult> => {
  const { tree } = store;
  if (tree === undefined) return { ok: false, failure: { kind: 'no-tree' } };
  const verified = verifyCheckpoint(options.checkpoint, options.keys);
  if (!verified.ok)
    return { ok: false, failure: { kind: 'checkpoint-not-accepted', failure: verified.failure } };
  const { origin, treeSize, rootHash } = verified.checkpoint;
  const size = treeSize > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(treeSize);
  const events: EventInclusion[] = [];
  for (const event of await store.readStream(streamId)) {
    const { revision, position } = event;
    const leafIndex = (await tree.leafIndexOf(position)) ?? null;
    if (leafIndex === null) {
      events.push({ revision, position, leafIndex, status: 'not-included' });
      continue;
    }
    if (leafIndex >= size) {
      events.push({ revision, position, leafIndex, status: 'after-checkpoint' });
      continue;
    }
    const proof = await inclusionProof(tree.nodes, leafIndex, size);
    const included =
      proof.ok &&
      verifyInclusion({
        leafHash: eventLeafHash(event.metadata.hash),
        index: leafIndex,
        size,
        proof: proof.proof,
        root: rootHash,
      }).ok;
    events.push({ revision, position, leafIndex, status: included ? 'included' : 'not-included' });
  }
  return {
    ok: true,
    inclusion: {
      origin,
      treeSize,
      root: hashToHex(rootHash),
      signedBy: verified.verified.map((s) => `${s.keyName}+${s.keyId.toString(16).padStart(8, '0')}`),
      events,
    },
  };
};

const statusStyle = { included: 'green', 'after-checkpoint': 'yellow', 'not-included': 'red' } as const;

/**
 * The checkpoint an audit was checked against (origin, size, root, keys) and each event's
 * inclusion status, as text lines; texts from the note are shown with `escapeForDisplay`.
 */
export const formatInclusion = (
  inclusion: CheckpointInclusion,
  paint: Painter = (_style, text) => text,
): string[] => [
  paint(
    'bold',
    `Checkpoint ${escapeForDisplay(inclusion.origin)}: ${inclusion.treeSize} events, root ${inclusion.root}, signed by ${inclusion.signedBy.map(escapeForDisplay).join(', ')}`,
  ),
  ...inclusion.events.map(
    (e) =>
      `  rev ${e.revision}  position ${e.position}  leaf ${e.leafIndex ?? '—'}  ${paint(statusStyle[e.status], e.status)}`,
  ),
];
