import {
  type CheckpointFailure,
  eventHash,
  eventLeafHash,
  type Hash,
  hashFromHex,
  hashInputOf,
  type InclusionFailure,
  isKnownHashVersion,
  knownHashVersions,
  type VerifierKey,
  verifyCheckpoint,
  verifyInclusion,
} from '@parcel-claims/eventsourcing';
import * as E from 'fp-ts/lib/Either.js';
import type { EvidencePack, PackDocument, PackEvent } from './evidence-pack.js';
import { documentOf } from './prove-parcel.js';

/** The event of a pack a finding is about, as the pack names it. */
export interface PackEventRef {
  readonly streamId: string;
  readonly revision: bigint;
}

/**
 * What `verifyPack` found wrong; `path` is the JSON path in the pack of the field at fault:
 * - `checkpoint-not-accepted`: the signed note does not verify with the keys (see `CheckpointFailure`);
 *   inclusion proofs are then not checked;
 * - `content-hash-differs`: the event's hashed fields (stream id, revision, event id, type, data,
 *   metadata but its hash) do not hash to `metadata.hash`, and the proof vouches for `metadata.hash`;
 * - `stored-hash-differs`: `metadata.hash` is not the hash of the event, whose real hash the proof
 *   vouches for;
 * - `unhashable`: the event's data has no canonical JSON form;
 * - `unknown-hash-version`: the event's `metadata.hashVersion` is not a hash format this code knows;
 * - `wrong-stream`: the event is not of the pack's stream;
 * - `revision-out-of-sequence`: revisions are not 0, 1, 2, …;
 * - `broken-link`: `previousHash` is not the previous event's hash (null at revision 0);
 * - `position-out-of-order` / `leaf-out-of-order`: not strictly increasing along the stream;
 * - `not-included`: the inclusion proof does not lead to the checkpoint's root at its size;
 * - `document-differs`: a document field is not what its `DocumentAttached` event says;
 * - `document-without-event`: no `DocumentAttached` event of the pack is at the document's revision;
 * - `document-missing`: a `DocumentAttached` event of the pack has no document entry;
 * - `no-events`: the pack holds no event.
 */
export type PackFinding =
  | { readonly kind: 'checkpoint-not-accepted'; readonly path: string; readonly failure: CheckpointFailure }
  | {
      readonly kind: 'content-hash-differs' | 'stored-hash-differs';
      readonly event: PackEventRef;
      readonly path: string;
      readonly stored: string;
      readonly recomputed: string;
    }
  | {
      readonly kind: 'unhashable';
      readonly event: PackEventRef;
      readonly path: string;
      readonly reason: string;
    }
  | {
      readonly kind: 'unknown-hash-version';
      readonly event: PackEventRef;
      readonly path: string;
      readonly found: number;
      readonly known: readonly number[];
    }
  | {
      readonly kind: 'wrong-stream';
      readonly event: PackEventRef;
      readonly path: string;
      readonly expected: string;
    }
  | {
      readonly kind: 'revision-out-of-sequence';
      readonly event: PackEventRef;
      readonly path: string;
      readonly expected: bigint;
    }
  | {
      readonly kind: 'broken-link';
      readonly event: PackEventRef;
      readonly path: string;
      readonly expected: string | null;
      readonly found: string | null;
    }
  | {
      readonly kind: 'position-out-of-order' | 'leaf-out-of-order';
      readonly event: PackEventRef;
      readonly path: string;
      readonly previous: bigint;
      readonly found: bigint;
    }
  | {
      readonly kind: 'not-included';
      readonly event: PackEventRef;
      readonly path: string;
      readonly leafIndex: number;
      readonly treeSize: bigint;
      readonly reason: InclusionFailure;
    }
  | {
      readonly kind: 'document-differs';
      readonly event: PackEventRef;
      readonly path: string;
      readonly expected: string;
      readonly found: string;
    }
  | { readonly kind: 'document-without-event'; readonly path: string; readonly revision: bigint }
  | { readonly kind: 'document-missing'; readonly event: PackEventRef; readonly path: string }
  | { readonly kind: 'no-events'; readonly path: string };

/** What `verifyPack` checked and found; `ok` when nothing is wrong. */
export interface PackReport {
  readonly ok: boolean;
  readonly streamId: string;
  /** The checkpoint's origin, size and root (hex) when its signature verified. */
  readonly checkpoint: { readonly origin: string; readonly treeSize: bigint; readonly root: string } | null;
  /** The key names that signed the checkpoint, among the keys given. */
  readonly signedBy: readonly string[];
  readonly events: number;
  readonly documents: number;
  readonly findings: readonly PackFinding[];
}

const refOf = (event: PackEvent): PackEventRef => ({ streamId: event.streamId, revision: event.revision });

const recomputedHash = (event: PackEvent): E.Either<string, string> =>
  eventHash(hashInputOf({ ...event, metadata: event.metadata }));

const includes = (
  leaf: Hash,
  event: PackEvent,
  checkpoint: { readonly treeSize: bigint; readonly rootHash: Hash },
): ReturnType<typeof verifyInclusion> =>
  verifyInclusion({
    leafHash: leaf,
    index: event.leafIndex,
    size: checkpoint.treeSize > BigInt(Number.MAX_SAFE_INTEGER) ? -1 : Number(checkpoint.treeSize),
    proof: event.inclusionProof.map((hex) => hashFromHex(hex) ?? new Uint8Array()),
    root: checkpoint.rootHash,
  });

const eventFindings = (
  pack: EvidencePack,
  checkpoint: { readonly treeSize: bigint; readonly rootHash: Hash } | null,
): readonly PackFinding[] => {
  const findings: PackFinding[] = [];
  let previous: PackEvent | undefined;
  for (const [i, event] of pack.events.entries()) {
    const at = `$.events[${i}]`;
    const ref = refOf(event);
    if (event.streamId !== pack.streamId)
      findings.push({ kind: 'wrong-stream', event: ref, path: `${at}.streamId`, expected: pack.streamId });
    if (event.revision !== BigInt(i))
      findings.push({
        kind: 'revision-out-of-sequence',
        event: ref,
        path: `${at}.revision`,
        expected: BigInt(i),
      });
    const expectedPrevious = previous === undefined ? null : previous.metadata.hash;
    if (event.metadata.previousHash !== expectedPrevious)
      findings.push({
        kind: 'broken-link',
        event: ref,
        path: `${at}.metadata.previousHash`,
        expected: expectedPrevious,
        found: event.metadata.previousHash,
      });
    if (previous !== undefined && event.position <= previous.position)
      findings.push({
        kind: 'position-out-of-order',
        event: ref,
        path: `${at}.position`,
        previous: previous.position,
        found: event.position,
      });
    if (previous !== undefined && event.leafIndex <= previous.leafIndex)
      findings.push({
        kind: 'leaf-out-of-order',
        event: ref,
        path: `${at}.leafIndex`,
        previous: BigInt(previous.leafIndex),
        found: BigInt(event.leafIndex),
      });
    const { hashVersion } = event.metadata;
    if (hashVersion !== undefined && !isKnownHashVersion(hashVersion))
      findings.push({
        kind: 'unknown-hash-version',
        event: ref,
        path: `${at}.metadata.hashVersion`,
        found: hashVersion,
        known: knownHashVersions,
      });
    const hash = recomputedHash(event);
    if (E.isLeft(hash)) {
      findings.push({ kind: 'unhashable', event: ref, path: `${at}.data`, reason: hash.left });
    } else if (hash.right !== event.metadata.hash) {
      // The proof tells which of the two is the one the checkpoint signed.
      const realIsRecomputed =
        checkpoint !== null && includes(eventLeafHash(hash.right), event, checkpoint).ok;
      findings.push({
        kind: realIsRecomputed ? 'stored-hash-differs' : 'content-hash-differs',
        event: ref,
        path: realIsRecomputed ? `${at}.metadata.hash` : at,
        stored: event.metadata.hash,
        recomputed: hash.right,
      });
    }
    if (checkpoint !== null) {
      const included = includes(eventLeafHash(event.metadata.hash), event, checkpoint);
      const recomputedIncluded =
        E.isRight(hash) &&
        hash.right !== event.metadata.hash &&
        includes(eventLeafHash(hash.right), event, checkpoint).ok;
      if (!included.ok && !recomputedIncluded)
        findings.push({
          kind: 'not-included',
          event: ref,
          path: included.reason === 'index-beyond-size' ? `${at}.leafIndex` : `${at}.inclusionProof`,
          leafIndex: event.leafIndex,
          treeSize: checkpoint.treeSize,
          reason: included.reason,
        });
    }
    previous = event;
  }
  return findings;
};

const documentFields = ['documentType', 'providedBy', 'reference', 'contentHash'] as const;

const documentFindings = (pack: EvidencePack): readonly PackFinding[] => {
  const findings: PackFinding[] = [];
  const recorded = new Map<bigint, { readonly event: PackEvent; readonly document: PackDocument }>();
  for (const event of pack.events) {
    const document = documentOf(event);
    if (document !== undefined) recorded.set(event.revision, { event, document });
  }
  const listed = new Set<bigint>();
  for (const [j, document] of pack.documents.entries()) {
    const at = `$.documents[${j}]`;
    const source = recorded.get(document.revision);
    if (source === undefined) {
      findings.push({ kind: 'document-without-event', path: `${at}.revision`, revision: document.revision });
      continue;
    }
    listed.add(document.revision);
    for (const field of documentFields)
      if (document[field] !== source.document[field])
        findings.push({
          kind: 'document-differs',
          event: refOf(source.event),
          path: `${at}.${field}`,
          expected: source.document[field],
          found: document[field],
        });
  }
  for (const { event } of recorded.values())
    if (!listed.has(event.revision))
      findings.push({ kind: 'document-missing', event: refOf(event), path: '$.documents' });
  return findings;
};

/**
 * Checks an evidence pack offline, with nothing but the pack and the verifier keys: the
 * checkpoint's signature (by one of the keys), every event's hash recomputed from its fields,
 * the hash chain from revision 0, each inclusion proof against the checkpoint's root and size,
 * and each document's fields against its `DocumentAttached` event. Every finding names the event
 * and the JSON path of the field at fault.
 *
 * @example
 * const parsed = parsePack(text);
 * if (parsed.ok) console.log(verifyPack(parsed.pack, [logKey]).ok);
 */
export const verifyPack = (pack: EvidencePack, keys: readonly VerifierKey[]): PackReport => {
  const verified = verifyCheckpoint(pack.checkpoint, keys);
  const findings: PackFinding[] = [];
  if (!verified.ok)
    findings.push({ kind: 'checkpoint-not-accepted', path: '$.checkpoint', failure: verified.failure });
  if (pack.events.length === 0) findings.push({ kind: 'no-events', path: '$.events' });
  const checkpoint = verified.ok ? verified.checkpoint : null;
  findings.push(...eventFindings(pack, checkpoint), ...documentFindings(pack));
  return {
    ok: findings.length === 0,
    streamId: pack.streamId,
    checkpoint:
      checkpoint === null
        ? null
        : {
            origin: checkpoint.origin,
            treeSize: checkpoint.treeSize,
            root: Buffer.from(checkpoint.rootHash).toString('hex'),
          },
    signedBy: verified.ok ? verified.verified.map((s) => s.keyName) : [],
    events: pack.events.length,
    documents: pack.documents.length,
    findings,
  };
};
