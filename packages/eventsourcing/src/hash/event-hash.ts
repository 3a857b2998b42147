import { hash } from 'node:crypto';
import * as E from 'fp-ts/lib/Either.js';
import type { Actor, RecordedMetadata } from '../store/event-metadata.js';
import { canonicalJson, quotesAsIs } from './canonical-json.js';

/** The fields of an event that its hash covers: everything but the hash itself and the global position. */
export interface HashInput {
  readonly streamId: string;
  readonly revision: bigint;
  readonly eventId: string;
  readonly type: string;
  readonly data: unknown;
  readonly schemaVersion: number;
  readonly commandId: string;
  readonly correlationId: string;
  readonly causationId: string;
  readonly recordedAt: string;
  readonly actor: Actor | null;
  /**
   * The command's digest. An event without one (written before digests were recorded) hashes
   * exactly as it did then: the field is left out of the hashed text, not written as null.
   */
  readonly commandDigest?: string | undefined;
  /** Hash of the previous event of the stream; `null` at revision 0. */
  readonly previousHash: string | null;
}

/**
 * An event as far as its hash is concerned: a recorded event without its position, its own hash
 * and the hash format (version 1, the one computed here, does not hash the version).
 */
export interface HashedEvent {
  readonly streamId: string;
  readonly revision: bigint;
  readonly eventId: string;
  readonly type: string;
  readonly data: unknown;
  readonly metadata: Omit<RecordedMetadata, 'hash' | 'hashVersion'>;
}

/** The hash input of an event, read from its fields. */
export const hashInputOf = (event: HashedEvent): HashInput => {
  const { metadata } = event;
  // One literal, the digest in it even when absent (an absent digest is left out of the hashed
  // text): a spread followed by a field would give every input a shape of its own.
  return {
    streamId: event.streamId,
    revision: event.revision,
    eventId: event.eventId,
    type: event.type,
    data: event.data,
    schemaVersion: metadata.schemaVersion,
    commandId: metadata.commandId,
    correlationId: metadata.correlationId,
    causationId: metadata.causationId,
    recordedAt: metadata.recordedAt,
    actor: metadata.actor,
    previousHash: metadata.previousHash,
    commandDigest: metadata.commandDigest,
  };
};

/** SHA-256 of a text's UTF-8 bytes, lowercase hex. */
export const sha256Hex = (text: string): string => hash('sha256', text, 'hex');

// The canonical text of the whole input, keys in canonical order, as the canonicalize library
// would write it. Used for the answer whenever the quick way below does not apply.
const canonicalInput = (input: HashInput): E.Either<string, string> =>
  canonicalJson({
    actor: input.actor === null ? null : { id: input.actor.id, role: input.actor.role },
    causationId: input.causationId,
    ...(input.commandDigest === undefined ? {} : { commandDigest: input.commandDigest }),
    commandId: input.commandId,
    correlationId: input.correlationId,
    data: input.data,
    eventId: input.eventId,
    previousHash: input.previousHash,
    recordedAt: input.recordedAt,
    revision: input.revision.toString(),
    schemaVersion: input.schemaVersion,
    streamId: input.streamId,
    type: input.type,
  });

/**
 * The text of the hash input with every string written between quotes as it is, and `dataText`
 * as the data: the canonical text when no string holds anything JSON escapes (the caller checks
 * that). The one place that fixes the input's keys and their order.
 */
export const plainInputText = (input: Omit<HashInput, 'data'>, dataText: string): string => {
  const { actor, previousHash, commandDigest } = input;
  // A finite number's JSON text is its string form, which is how RFC 8785 writes it.
  return (
    `{"actor":${actor === null ? 'null' : `{"id":"${actor.id}","role":"${actor.role}"}`},` +
    `"causationId":"${input.causationId}",` +
    // "commandDigest" sorts before "commandId" ('D' < 'I'); absent, it is left out altogether.
    (commandDigest === undefined ? '' : `"commandDigest":"${commandDigest}",`) +
    `"commandId":"${input.commandId}","correlationId":"${input.correlationId}",` +
    `"data":${dataText},"eventId":"${input.eventId}",` +
    `"previousHash":${previousHash === null ? 'null' : `"${previousHash}"`},"recordedAt":"${input.recordedAt}",` +
    `"revision":"${input.revision}","schemaVersion":${input.schemaVersion},` +
    `"streamId":"${input.streamId}","type":"${input.type}"}`
  );
};

// Whether every string of the input is its own canonical text once quoted, and the schema
// version a finite number: then plainInputText writes the canonical text.
const isPlain = (input: HashInput): boolean =>
  quotesAsIs(input.causationId) &&
  (input.commandDigest === undefined || quotesAsIs(input.commandDigest)) &&
  quotesAsIs(input.commandId) &&
  quotesAsIs(input.correlationId) &&
  quotesAsIs(input.eventId) &&
  quotesAsIs(input.recordedAt) &&
  quotesAsIs(input.streamId) &&
  quotesAsIs(input.type) &&
  (input.previousHash === null || quotesAsIs(input.previousHash)) &&
  (input.actor === null || (quotesAsIs(input.actor.id) && quotesAsIs(input.actor.role))) &&
  Number.isFinite(input.schemaVersion);

/**
 * The hash of an event whose data's canonical JSON text is known already (`dataText`, the
 * canonical text of `input.data`): the input's text is put together around it instead of
 * canonicalising the data a second time. Same answer as {@link eventHash}.
 */
export const eventHashOfCanonicalData = (input: HashInput, dataText: string): E.Either<string, string> => {
  return isPlain(input)
    ? E.right(sha256Hex(plainInputText(input, dataText)))
    : E.map(sha256Hex)(canonicalInput(input));
};

/**
 * SHA-256 (lowercase hex) over the RFC 8785 canonical JSON of the hash input, with the revision
 * as a decimal string (JSON has no 64-bit integers). Left when the data has no canonical form.
 * Every store computes the chain with this function, so a stream verifies whichever store
 * wrote it.
 *
 * @example
 * eventHash({ streamId: 's', revision: 0n, eventId, type: 'Opened', data: {}, schemaVersion: 1,
 *   commandId, correlationId: commandId, causationId: commandId, recordedAt: '2026-03-01T10:00:00Z',
 *   actor: null, previousHash: null });
 */
export const eventHash = (input: HashInput): E.Either<string, string> => {
  const dataText = canonicalJson(input.data);
  return E.isRight(dataText)
    ? eventHashOfCanonicalData(input, dataText.right)
    : E.map(sha256Hex)(canonicalInput(input));
};
