import * as E from 'fp-ts/lib/Either.js';
import type { RecordedEvent } from '../store/recorded-event.js';
import { quotesAsIs } from './canonical-json.js';
import type { SealedText } from './chain-events.js';
import { eventHash, hashInputOf, plainInputText, sha256Hex } from './event-hash.js';
import { isKnownHashVersion, knownHashVersions } from './hash-version.js';

/**
 * Why a stream fails verification:
 * - `broken-link`: `previousHash` is not the hash of the event before it (an event was deleted,
 *   inserted or moved, or the stream does not start at revision 0);
 * - `hash-mismatch`: the event's content does not hash to its `hash` (it was modified);
 *   `expected` is null when the data has no canonical JSON form at all;
 * - `unexpected-revision`: hashes and links hold, but revisions do not count up from 0;
 * - `unknown-hash-version`: the event's `hashVersion` is not a hash format this code knows, so
 *   its hash cannot be checked; `expected` lists the known versions, `found` is the one recorded.
 */
export type ChainBreak = 'broken-link' | 'hash-mismatch' | 'unexpected-revision' | 'unknown-hash-version';

/** A stream whose hash chain holds, or the first event that breaks it and how. */
export type VerifyResult =
  | { readonly ok: true }
  | {
      readonly ok: false;
      readonly streamId: string;
      /** Revision of the first event that does not verify, as recorded on it. */
      readonly revision: bigint;
      readonly expected: string | null;
      readonly found: string | null;
      readonly reason: ChainBreak;
    };

const chainBreak = (
  event: { readonly streamId: string; readonly revision: bigint },
  reason: ChainBreak,
  expected: string | null,
  found: string | null,
): VerifyResult => ({
  ok: false,
  streamId: event.streamId,
  revision: event.revision,
  expected,
  found,
  reason,
});

const knownVersionsText = knownHashVersions.join(', ');

// A recorded hash version as text: a number as it is written, anything else a store let through
// (a string, null, nothing) as JSON or its name, so "1" the string reads apart from 1.
const versionText = (version: unknown): string =>
  typeof version === 'string' ? JSON.stringify(version) : String(version);

// The break of an event whose hash format this code does not know, or undefined when it knows it.
const unknownVersion = (event: {
  readonly streamId: string;
  readonly revision: bigint;
  readonly metadata: { readonly hashVersion: number };
}): VerifyResult | undefined =>
  isKnownHashVersion(event.metadata.hashVersion)
    ? undefined
    : chainBreak(event, 'unknown-hash-version', knownVersionsText, versionText(event.metadata.hashVersion));

// Whether a revision is the index of its event in the stream, without a bigint made per event:
// below 2^53, where every index lies, a revision converts to a Number exactly, and a larger one
// converts to a larger Number, so the two are equal exactly when the revision is the index.
const isRevision = (revision: bigint, index: number): boolean => Number(revision) === index;

/**
 * Checks a whole stream, read forwards from revision 0, against its hash chain and names the
 * first event that breaks it. Catches modified, deleted, reordered and inserted events, and names
 * an event sealed in a hash format it does not know (`unknown-hash-version`). It
 * cannot see events removed from the end, nor a chain recomputed from scratch: compare the last
 * hash with one kept elsewhere for that.
 *
 * @example
 * const result = verifyStream(await store.readStream('account-1'));
 * if (!result.ok) console.error(`${result.streamId}@${result.revision}: ${result.reason}`);
 */
export const verifyStream = (events: readonly RecordedEvent[]): VerifyResult => {
  let previousHash: string | null = null;
  let index = 0;
  for (const event of events) {
    const { metadata } = event;
    if (metadata.previousHash !== previousHash)
      return chainBreak(event, 'broken-link', previousHash, metadata.previousHash);
    const unknown = unknownVersion(event);
    if (unknown !== undefined) return unknown;
    const hash = eventHash(hashInputOf(event));
    const expected = E.isRight(hash) ? hash.right : null;
    if (expected !== metadata.hash) return chainBreak(event, 'hash-mismatch', expected, metadata.hash);
    if (!isRevision(event.revision, index))
      return chainBreak(event, 'unexpected-revision', index.toString(), event.revision.toString());
    previousHash = metadata.hash;
    index += 1;
  }
  return { ok: true };
};

// The bytes a stored event is hashed with as it is stored, or undefined when a string of it may
// not be quoted as it is (see quotesAsIs) or its schema version is not a finite number. Its
// previousHash is not looked at: verifyStreamText has found it to be the hash before it, a
// SHA-256 it computed, or null; nor its stream id when it is the one the event before had.
const storedInputText = (event: SealedText, streamIdChecked: string | null): string | undefined => {
  const { metadata } = event;
  const { actor, commandDigest } = metadata;
  if (
    (event.streamId !== streamIdChecked && !quotesAsIs(event.streamId)) ||
    (commandDigest !== undefined && !quotesAsIs(commandDigest)) ||
    !quotesAsIs(event.eventId) ||
    !quotesAsIs(event.type) ||
    !quotesAsIs(metadata.commandId) ||
    !quotesAsIs(metadata.correlationId) ||
    !quotesAsIs(metadata.causationId) ||
    !quotesAsIs(metadata.recordedAt) ||
    (actor !== null && (!quotesAsIs(actor.id) || !quotesAsIs(actor.role))) ||
    !event.dataText.isWellFormed() ||
    !Number.isFinite(metadata.schemaVersion)
  ) {
    return undefined;
  }
  const { streamId, revision, eventId, type } = event;
  return plainInputText(
    hashInputOf({ streamId, revision, eventId, type, data: null, metadata }),
    event.dataText,
  );
};

// The hash of a stored event's data as the value its text parses to, as verifyStream computes it;
// null when the text is not JSON or the value has no canonical form.
const hashOfParsedText = (event: SealedText): string | null => {
  let data: unknown;
  try {
    data = JSON.parse(event.dataText);
  } catch {
    return null;
  }
  const hash = eventHash(
    hashInputOf({
      streamId: event.streamId,
      revision: event.revision,
      eventId: event.eventId,
      type: event.type,
      data,
      metadata: event.metadata,
    }),
  );
  return E.isRight(hash) ? hash.right : null;
};

/**
 * {@link verifyStream} for a store that keeps each event's data as the JSON text it was sealed
 * with (the PostgreSQL store does): the stored text is hashed as it is, inside the envelope's
 * canonical text, so the bytes the store holds are what is checked, without parsing the data or
 * writing it out again. Only where that hash differs is the text parsed and its value hashed as
 * `verifyStream` hashes it: text written in another key order or spacing (by an older release)
 * verifies by its value, and a broken event is reported exactly as `verifyStream` reports it.
 * Data text that is not JSON is a `hash-mismatch` with no expected hash.
 *
 * Hashing the text as it is proves what hashing its value proves. The envelope's strings are
 * quoted canonically, so none holds a quote that could end its field, and the bytes hashed equal
 * the sealed bytes only when every field, the data text included, is the one sealed. (A hash
 * written by someone other than the store, over data text that is not canonical, passes here and
 * fails `verifyStream`; whoever can write hashes can pass both with canonical text, which is why
 * the last hash of a stream is to be compared with one kept elsewhere.)
 *
 * @example
 * const result = verifyStreamText(await postgresStore.readStreamText('parcel-TSS-2026-000042'));
 */
export const verifyStreamText = (events: readonly SealedText[]): VerifyResult => {
  let previousHash: string | null = null;
  let index = 0;
  // The stream id of the last event put between quotes as it is, which the next need not check.
  let streamIdChecked: string | null = null;
  for (const event of events) {
    const { metadata } = event;
    if (metadata.previousHash !== previousHash)
      return chainBreak(event, 'broken-link', previousHash, metadata.previousHash);
    const unknown = unknownVersion(event);
    if (unknown !== undefined) return unknown;
    const asStored = storedInputText(event, streamIdChecked);
    streamIdChecked = asStored === undefined ? null : event.streamId;
    if (asStored === undefined || sha256Hex(asStored) !== metadata.hash) {
      const expected = hashOfParsedText(event);
      if (expected !== metadata.hash) return chainBreak(event, 'hash-mismatch', expected, metadata.hash);
    }
    if (!isRevision(event.revision, index))
      return chainBreak(event, 'unexpected-revision', index.toString(), event.revision.toString());
    previousHash = metadata.hash;
    index += 1;
  }
  return { ok: true };
};
