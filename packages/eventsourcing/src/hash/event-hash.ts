import { createHash } from 'node:crypto';
import * as E from 'fp-ts/lib/Either.js';
import type { Actor, RecordedMetadata } from '../store/event-metadata.js';
import { canonicalJson, canonicalString } from './canonical-json.js';

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
  /** Hash of the previous event of the stream; `null` at revision 0. */
  readonly previousHash: string | null;
}

/** An event as far as its hash is concerned: a recorded event without its position and own hash. */
export interface HashedEvent {
  readonly streamId: string;
  readonly revision: bigint;
  readonly eventId: string;
  readonly type: string;
  readonly data: unknown;
  readonly metadata: Omit<RecordedMetadata, 'hash'>;
}

/** The hash input of an event, read from its fields. */
export const hashInputOf = (event: HashedEvent): HashInput => ({
  streamId: event.streamId,
  revision: event.revision,
  eventId: event.eventId,
  type: event.type,
  data: event.data,
  schemaVersion: event.metadata.schemaVersion,
  commandId: event.metadata.commandId,
  correlationId: event.metadata.correlationId,
  causationId: event.metadata.causationId,
  recordedAt: event.metadata.recordedAt,
  actor: event.metadata.actor,
  previousHash: event.metadata.previousHash,
});

const sha256Hex = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

// The canonical text of the whole input, keys in canonical order, as the canonicalize library
// would write it. Used for the answer whenever the quick way below does not apply.
const canonicalInput = (input: HashInput): E.Either<string, string> =>
  canonicalJson({
    actor: input.actor === null ? null : { id: input.actor.id, role: input.actor.role },
    causationId: input.causationId,
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
 * The hash of an event whose data's canonical JSON text is known already (`dataText`, the
 * canonical text of `input.data`): the input's text is put together around it instead of
 * canonicalising the data a second time. Same answer as {@link eventHash}.
 */
export const eventHashOfCanonicalData = (input: HashInput, dataText: string): E.Either<string, string> => {
  const strings = [
    input.causationId,
    input.commandId,
    input.correlationId,
    input.eventId,
    input.recordedAt,
    input.streamId,
    input.type,
  ].map(canonicalString);
  const [causationId, commandId, correlationId, eventId, recordedAt, streamId, type] = strings;
  const previousHash = input.previousHash === null ? 'null' : canonicalString(input.previousHash);
  const actorId = input.actor === null ? 'null' : canonicalString(input.actor.id);
  const actorRole = input.actor === null ? 'null' : canonicalString(input.actor.role);
  if (
    causationId === undefined ||
    commandId === undefined ||
    correlationId === undefined ||
    eventId === undefined ||
    recordedAt === undefined ||
    streamId === undefined ||
    type === undefined ||
    previousHash === undefined ||
    actorId === undefined ||
    actorRole === undefined ||
    !Number.isFinite(input.schemaVersion)
  ) {
    return E.map(sha256Hex)(canonicalInput(input));
  }
  const actor = input.actor === null ? 'null' : `{"id":${actorId},"role":${actorRole}}`;
  return E.right(
    sha256Hex(
      `{"actor":${actor},"causationId":${causationId},"commandId":${commandId},"correlationId":${correlationId},` +
        `"data":${dataText},"eventId":${eventId},"previousHash":${previousHash},"recordedAt":${recordedAt},` +
        `"revision":"${input.revision}","schemaVersion":${JSON.stringify(input.schemaVersion)},` +
        `"streamId":${streamId},"type":${type}}`,
    ),
  );
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
