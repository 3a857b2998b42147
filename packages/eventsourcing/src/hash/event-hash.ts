import { createHash } from 'node:crypto';
import * as E from 'fp-ts/lib/Either.js';
import { canonicalJson, canonicalString } from './canonical-json.js';

/** The fields of an event that its hash covers. */
export interface HashInput {
  readonly streamId: string;
  readonly revision: bigint;
  readonly eventId: string;
  readonly type: string;
  readonly data: unknown;
  readonly schemaVersion: number;
  readonly commandId: string;
  readonly recordedAt: string;
  /** Hash of the previous event of the stream; `null` at revision 0. */
  readonly previousHash: string | null;
}

const sha256Hex = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

// The canonical text of the whole input, keys in canonical order, as the canonicalize library
// would write it. Used for the answer whenever the quick way below does not apply.
const canonicalInput = (input: HashInput): E.Either<string, string> =>
  canonicalJson({
    commandId: input.commandId,
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
  const commandId = canonicalString(input.commandId);
  const eventId = canonicalString(input.eventId);
  const previousHash = input.previousHash === null ? 'null' : canonicalString(input.previousHash);
  const recordedAt = canonicalString(input.recordedAt);
  const streamId = canonicalString(input.streamId);
  const type = canonicalString(input.type);
  if (
    commandId === undefined ||
    eventId === undefined ||
    previousHash === undefined ||
    recordedAt === undefined ||
    streamId === undefined ||
    type === undefined ||
    !Number.isFinite(input.schemaVersion)
  ) {
    return E.map(sha256Hex)(canonicalInput(input));
  }
  return E.right(
    sha256Hex(
      `{"commandId":${commandId},"data":${dataText},"eventId":${eventId},"previousHash":${previousHash},` +
        `"recordedAt":${recordedAt},"revision":"${input.revision}","schemaVersion":${JSON.stringify(input.schemaVersion)},` +
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
 *   commandId, recordedAt: '2026-03-01T10:00:00Z', previousHash: null });
 */
export const eventHash = (input: HashInput): E.Either<string, string> => {
  const dataText = canonicalJson(input.data);
  return E.isRight(dataText)
    ? eventHashOfCanonicalData(input, dataText.right)
    : E.map(sha256Hex)(canonicalInput(input));
};
