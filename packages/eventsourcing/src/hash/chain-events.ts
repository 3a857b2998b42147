import * as E from 'fp-ts/lib/Either.js';
import { InvalidEventData } from '../store/errors/invalid-event-data.js';
import { recordedMetadata } from '../store/event-metadata.js';
import type { EventToAppend } from '../store/event-to-append.js';
import type { RecordedEvent } from '../store/recorded-event.js';
import { canonicalJson } from './canonical-json.js';
import { eventHashOfCanonicalData, hashInputOf } from './event-hash.js';
import { eventProblem } from './event-problem.js';
import { currentHashVersion } from './hash-version.js';

/** An event ready to be stored: revision and hash chain set; the store adds the position. */
export type SealedEvent = Omit<RecordedEvent, 'position'>;

/** Where a batch of events joins its stream's hash chain: the stream, the next revision and the last hash. */
export interface ChainInput {
  readonly streamId: string;
  /** Revision the first event gets: 0 for a new stream, else the current revision + 1. */
  readonly nextRevision: bigint;
  /** Hash of the stream's current last event; `null` for a new stream. */
  readonly previousHash: string | null;
  readonly events: readonly EventToAppend[];
}

/** A sealed event whose data is kept as its canonical JSON text, for stores that write text. */
export type SealedText = Omit<SealedEvent, 'data'> & {
  /** The RFC 8785 canonical JSON text of the data: what the hash covers. */
  readonly dataText: string;
};

/**
 * Validates and seals a batch, building each sealed event with `build` from its envelope and the
 * canonical text of its data; `chainEvents` and `sealEventsAsText` differ only in that.
 */
const seal = <Sealed>(
  input: ChainInput,
  build: (envelope: Omit<SealedEvent, 'data'>, dataText: string) => Sealed,
): E.Either<InvalidEventData, readonly Sealed[]> => {
  const { streamId } = input;
  const sealed: Sealed[] = [];
  let previousHash = input.previousHash;
  let revision = input.nextRevision;
  for (const event of input.events) {
    const refuse = (reason: string) =>
      E.left(new InvalidEventData({ streamId, eventId: event.eventId, reason }));
    const problem = eventProblem(event);
    if (problem !== undefined) return refuse(problem);
    const text = canonicalJson(event.data);
    if (E.isLeft(text)) return refuse(`data is not JSON: ${text.left}`);
    const { metadata } = event;
    const actor = metadata.actor === null ? null : { role: metadata.actor.role, id: metadata.actor.id };
    // Written out, not spread from the writer's object, so that only the port's fields are kept
    // and every sealed event (and every recorded event a store makes of one) has one of two
    // shapes, with a command digest or without: reading fields of many shapes is slow.
    const withoutDigest = {
      commandId: metadata.commandId,
      correlationId: metadata.correlationId,
      causationId: metadata.causationId,
      recordedAt: metadata.recordedAt,
      schemaVersion: metadata.schemaVersion,
      actor,
      previousHash,
    };
    const unhashed =
      metadata.commandDigest === undefined
        ? withoutDigest
        : { ...withoutDigest, commandDigest: metadata.commandDigest };
    const envelope = { streamId, revision, eventId: event.eventId, type: event.type };
    // The data's canonical text is at hand: the hash is put together around it, not redone.
    const hash = eventHashOfCanonicalData(
      hashInputOf({ ...envelope, data: event.data, metadata: unhashed }),
      text.right,
    );
    if (E.isLeft(hash)) return refuse(`cannot hash event: ${hash.left}`);
    const { commandId, correlationId, causationId, recordedAt, schemaVersion, commandDigest } = metadata;
    // The hash format is the current one: the store sets it, not the writer.
    const sealedMetadata = recordedMetadata({
      commandId,
      correlationId,
      causationId,
      recordedAt,
      schemaVersion,
      actor,
      previousHash,
      commandDigest,
      hashVersion: currentHashVersion,
      hash: hash.right,
    });
    sealed.push(build({ ...envelope, metadata: sealedMetadata }, text.right));
    previousHash = hash.right;
    revision += 1n;
  }
  return E.right(sealed);
};

/**
 * Validates a batch and seals it: gives each event its revision, normalises its data to the
 * JSON it canonicalises to, and chains the hashes, each event's `previousHash` being the hash of
 * the one before. Every store calls this (or {@link sealEventsAsText}) inside its append, so all
 * stores chain alike.
 *
 * @example
 * const sealed = chainEvents({ streamId, nextRevision: 0n, previousHash: null, events });
 */
export const chainEvents = (input: ChainInput): E.Either<InvalidEventData, readonly SealedEvent[]> =>
  seal(input, (envelope, dataText) => ({
    streamId: envelope.streamId,
    revision: envelope.revision,
    eventId: envelope.eventId,
    type: envelope.type,
    // Stored data is what its canonical text parses back to, so every store holds (and hashes)
    // the same value whatever the writer passed (undefined fields, Dates, key order).
    data: JSON.parse(dataText),
    metadata: envelope.metadata,
  }));

/**
 * {@link chainEvents} for a store that writes each event's data as JSON text: the same checks,
 * revisions and hashes, with the data kept as its canonical text instead of parsed back.
 *
 * @example
 * const sealed = sealEventsAsText({ streamId, nextRevision: 0n, previousHash: null, events });
 */
export const sealEventsAsText = (input: ChainInput): E.Either<InvalidEventData, readonly SealedText[]> =>
  seal(input, (envelope, dataText) => ({
    streamId: envelope.streamId,
    revision: envelope.revision,
    eventId: envelope.eventId,
    type: envelope.type,
    dataText,
    metadata: envelope.metadata,
  }));

/**
 * The recorded event a store makes of a sealed one at `position`, with its fields in the order
 * every store writes them.
 *
 * @example
 * const recorded = recordedAt(sealed, BigInt(log.length + 1));
 */
export const recordedAt = (sealed: SealedEvent, position: bigint): RecordedEvent => ({
  streamId: sealed.streamId,
  revision: sealed.revision,
  position,
  eventId: sealed.eventId,
  type: sealed.type,
  data: sealed.data,
  metadata: sealed.metadata,
});
