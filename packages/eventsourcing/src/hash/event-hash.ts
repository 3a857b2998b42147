import { createHash } from 'node:crypto';
import * as E from 'fp-ts/lib/Either.js';
import type { Actor, RecordedMetadata } from '../store/event-metadata.js';
import { canonicalJson } from './canonical-json.js';

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
export const eventHash = (input: HashInput): E.Either<string, string> =>
  E.map((text: string) => createHash('sha256').update(text, 'utf8').digest('hex'))(
    canonicalJson({
      streamId: input.streamId,
      revision: input.revision.toString(),
      eventId: input.eventId,
      type: input.type,
      data: input.data,
      schemaVersion: input.schemaVersion,
      commandId: input.commandId,
      correlationId: input.correlationId,
      causationId: input.causationId,
      recordedAt: input.recordedAt,
      actor: input.actor === null ? null : { role: input.actor.role, id: input.actor.id },
      previousHash: input.previousHash,
    }),
  );
