import { createHash } from 'node:crypto';
import * as E from 'fp-ts/lib/Either.js';
import { canonicalJson } from './canonical-json.js';

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
export const eventHash = (input: HashInput): E.Either<string, string> =>
  E.map((text: string) => createHash('sha256').update(text, 'utf8').digest('hex'))(
    // Keys in canonical order already, so canonicalJson can write the input as it is.
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
    }),
  );
