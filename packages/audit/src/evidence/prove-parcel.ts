import {
  type CheckpointProblem,
  type EventStore,
  hashToHex,
  inclusionProof,
  type MalformedNote,
  type ProofUnavailable,
  parseCheckpoint,
  parseSignedNote,
  treeHead,
} from '@parcel-claims/eventsourcing';
import { parcelStreamId } from '@parcel-claims/service';
import * as E from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';
import { type EvidencePack, evidencePackFormat, type PackDocument, type PackEvent } from './evidence-pack.js';

/** Which claim stream to prove: a parcel's, or a stream named outright. */
export type ProveTarget = { readonly parcelId: string } | { readonly streamId: string };

/**
 * Why no evidence pack was made:
 * - `no-tree`: the store keeps no Merkle tree over its log;
 * - `malformed-checkpoint`: the note or its checkpoint body cannot be read (`line` of the note);
 * - `checkpoint-beyond-tree`: the checkpoint signs more events than the tree holds;
 * - `checkpoint-not-of-this-log`: the store's tree at the checkpoint's size has another root;
 * - `no-events`: the stream has no event within the checkpoint's size;
 * - `proof-unavailable`: a stored node a proof needs is missing (at the event's revision).
 */
export type ProveFailure =
  | { readonly kind: 'no-tree' }
  | {
      readonly kind: 'malformed-checkpoint';
      readonly problem: MalformedNote | CheckpointProblem;
      readonly line: number | null;
    }
  | { readonly kind: 'checkpoint-beyond-tree'; readonly treeSize: bigint; readonly storedSize: number }
  | {
      readonly kind: 'checkpoint-not-of-this-log';
      readonly treeSize: bigint;
      readonly signedRoot: string;
      readonly storedRoot: string | null;
    }
  | { readonly kind: 'no-events'; readonly streamId: string; readonly treeSize: bigint }
  | {
      readonly kind: 'proof-unavailable';
      readonly streamId: string;
      readonly revision: bigint;
      readonly reason: ProofUnavailable;
    };

/** An evidence pack, or why none was made. */
export type ProveResult =
  | { readonly ok: true; readonly pack: EvidencePack }
  | { readonly ok: false; readonly failure: ProveFailure };

/** What `proveParcel` proves against. */
export interface ProveOptions {
  /** The signed checkpoint note the pack proves the events against. */
  readonly checkpoint: string;
}

const AttachedDocument = t.type({
  documentType: t.string,
  providedBy: t.string,
  reference: t.string,
  contentHash: t.string,
});

/** The document a `DocumentAttached` event records, or `undefined` for any other event. */
export const documentOf = (
  event: Pick<PackEvent, 'type' | 'data' | 'revision'>,
): PackDocument | undefined => {
  if (event.type !== 'DocumentAttached') return undefined;
  const data = AttachedDocument.decode(event.data);
  if (E.isLeft(data)) return undefined;
  const { documentType, providedBy, reference, contentHash } = data.right;
  return { revision: event.revision, documentType, providedBy, reference, contentHash };
};

/**
 * Makes an evidence pack of a claim stream against a signed checkpoint of the store's log: the
 * stream's events recorded within the checkpoint's tree size, each with its leaf index and
 * inclusion proof, and the documents' content hashes. The signature is not checked here (the
 * pack's reader does that with `verifyPack`), but the checkpoint's root must be the store's tree
 * at its size.
 *
 * @example
 * const made = await proveParcel(store, { parcelId: 'TSS-2026-000042' }, { checkpoint: note });
 * if (made.ok) await writeFile('pack.json', packToJson(made.pack));
 */
export const proveParcel = async (
  store: EventStore,
  target: ProveTarget,
  options: ProveOptions,
): Promise<ProveResult> => {
  const { tree } = store;
  if (tree === undefined) return { ok: false, failure: { kind: 'no-tree' } };
  const note = parseSignedNote(options.checkpoint);
  if (!note.ok)
    return { ok: false, failure: { kind: 'malformed-checkpoint', problem: note.problem, line: note.line } };
  const body = parseCheckpoint(note.text);
  if (!body.ok)
    return { ok: false, failure: { kind: 'malformed-checkpoint', problem: body.problem, line: body.line } };
  const { treeSize, rootHash } = body.checkpoint;
  const head = await tree.head();
  if (treeSize > BigInt(head.size))
    return { ok: false, failure: { kind: 'checkpoint-beyond-tree', treeSize, storedSize: head.size } };
  const size = Number(treeSize);
  const stored = await treeHead(tree.nodes, size);
  if (!stored.ok || Buffer.compare(stored.root, rootHash) !== 0)
    return {
      ok: false,
      failure: {
        kind: 'checkpoint-not-of-this-log',
        treeSize,
        signedRoot: hashToHex(rootHash),
        storedRoot: stored.ok ? hashToHex(stored.root) : null,
      },
    };
  const streamId = 'streamId' in target ? target.streamId : parcelStreamId(target.parcelId);
  const events: PackEvent[] = [];
  for (const event of await store.readStream(streamId)) {
    const leafIndex = await tree.leafIndexOf(event.position);
    if (leafIndex === undefined || leafIndex >= size) break;
    const proof = await inclusionProof(tree.nodes, leafIndex, size);
    if (!proof.ok)
      return {
        ok: false,
        failure: { kind: 'proof-unavailable', streamId, revision: event.revision, reason: proof.reason },
      };
    const { revision, position, eventId, type, data, metadata } = event;
    events.push({
      streamId,
      revision,
      position,
      eventId,
      type,
      data,
      metadata,
      leafIndex,
      inclusionProof: proof.proof.map(hashToHex),
    });
  }
  if (events.length === 0) return { ok: false, failure: { kind: 'no-events', streamId, treeSize } };
  const documents = events.flatMap((event) => documentOf(event) ?? []);
  return {
    ok: true,
    pack: {
      format: evidencePackFormat,
      version: 1,
      streamId,
      checkpoint: options.checkpoint,
      events,
      documents,
    },
  };
};
