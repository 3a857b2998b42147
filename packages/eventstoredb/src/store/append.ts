import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { WrongExpectedVersionError } from '@eventstore/db-client';
import {
  type AppendResult,
  chainEvents,
  checkAppend,
  type EventStore,
  type EventToAppend,
  type ExpectedVersion,
  InvalidEventData,
  StoreUnavailable,
} from '@parcel-claims/eventsourcing';
import * as E from 'fp-ts/lib/Either.js';
import type { ReadonlyNonEmptyArray } from 'fp-ts/lib/ReadonlyNonEmptyArray.js';
import { toExpectedRevision, versionConflictFrom } from '../client/expected-revision.js';
import { failureKind } from '../client/failure-kind.js';
import { decodeEvent } from '../codec/decode-event.js';
import { encodeEvent } from '../codec/encode-event.js';
import { StreamDeleted } from '../errors/stream-deleted.js';
import { type AdapterContext, isReservedStreamId } from './adapter-context.js';
import { claimIds, readClaims } from './event-id-claims.js';
import { readAt, readLast } from './read-resolved.js';
import { backoffDelay } from './retry-settings.js';

/** Rounds of "read the head, decide, append" before concurrent writers count as a conflict. */
const maxConflictRounds = 32;

type Attempt =
  | { readonly kind: 'done'; readonly result: AppendResult }
  | { readonly kind: 'raced'; readonly error: WrongExpectedVersionError };

const throwLeft = <A>(either: E.Either<Error, A>): A => {
  if (E.isLeft(either)) throw either.left;
  return either.right;
};

/**
 * One round: read the stream head, locate the batch's ids, decide with the kernel's
 * `checkAppend`, chain the hashes from the head just read, claim the ids, and append at the
 * exact revision read, so that the chain cannot fork whatever the caller expected. Whether the
 * events found were written by this call (`appendId`) tells an own retried write from a repeat.
 */
const attempt = async (
  context: AdapterContext,
  streamId: string,
  events: readonly EventToAppend[],
  expected: ExpectedVersion,
  appendId: string,
): Promise<Attempt> => {
  const eventIds = events.map((event) => event.eventId);
  const [head, claims] = await Promise.all([
    readLast(context.client, streamId),
    readClaims(context, streamId, eventIds),
  ]);
  const last = head === undefined ? undefined : decodeEvent(head).event;
  const current = last?.revision ?? 'no_stream';
  const check = checkAppend({
    streamId,
    current,
    expected,
    eventIds,
    locate: (eventId) => claims.get(eventId)?.location,
  });
  if (check.kind === 'refused') throw check.error;
  if (check.kind === 'already-applied') {
    const recorded = check.last.recorded;
    if (recorded === undefined) throw new Error(`Event ${check.last.revision} of "${streamId}" vanished`);
    return {
      kind: 'done',
      result: {
        nextExpectedRevision: recorded.event.revision,
        position: recorded.event.position,
        alreadyApplied: recorded.appendId !== appendId,
      },
    };
  }
  const sealed = throwLeft(
    chainEvents({
      streamId,
      nextRevision: last === undefined ? 0n : last.revision + 1n,
      previousHash: last?.metadata.hash ?? null,
      events,
    }),
  );
  const encoded = sealed.map((event) => throwLeft(encodeEvent(event, appendId)));
  await claimIds(context, streamId, sealed, claims);
  try {
    await context.client.appendToStream(streamId, encoded, { expectedRevision: toExpectedRevision(current) });
  } catch (error) {
    if (error instanceof WrongExpectedVersionError) return { kind: 'raced', error };
    if (failureKind(error) === 'stream-deleted') throw new StreamDeleted({ streamId });
    throw error;
  }
  const lastSealed = sealed[sealed.length - 1];
  const written =
    lastSealed === undefined ? undefined : await readAt(context.client, streamId, lastSealed.revision);
  if (lastSealed === undefined || written === undefined)
    throw new Error(`The append to "${streamId}" is not readable`);
  // The server answers a repeat of an earlier identical append like the original write, so the
  // append id on the stored events is what says whether this call wrote them.
  const confirmed = decodeEvent(written);
  return {
    kind: 'done',
    result: {
      nextExpectedRevision: lastSealed.revision,
      position: confirmed.event.position,
      alreadyApplied: confirmed.appendId !== appendId,
    },
  };
};

/**
 * `EventStore.append` on EventStoreDB. Rounds are repeated when another writer got in between
 * (then the next round decides again from the new head: a conflict for exact expectations, a new
 * try for `any` and `stream_exists`) and, with backoff, when the server cannot be reached (the
 * same ids at the same exact revision make a repeat harmless).
 */
export const appendEvents =
  (context: AdapterContext): EventStore['append'] =>
  async (streamId, events: ReadonlyNonEmptyArray<EventToAppend>, { expectedVersion }) => {
    const [first] = events;
    if (isReservedStreamId(context, streamId)) {
      throw new InvalidEventData({
        streamId,
        eventId: first.eventId,
        reason: 'stream ids starting with "$" or the adapter prefix are reserved',
      });
    }
    // The server returns ids in lowercase, so they are stored (and hashed) that way.
    const normalised = events.map((event) => ({ ...event, eventId: event.eventId.toLowerCase() }));
    const appendId = randomUUID();
    let transient = 0;
    for (let round = 1; ; round += 1) {
      try {
        const outcome = await attempt(context, streamId, normalised, expectedVersion, appendId);
        if (outcome.kind === 'done') return outcome.result;
        if (round >= maxConflictRounds) throw versionConflictFrom(streamId, expectedVersion, outcome.error);
      } catch (error) {
        if (failureKind(error) !== 'transient') throw error;
        transient += 1;
        if (transient > context.retry.attempts) throw new StoreUnavailable({ cause: error });
        await sleep(backoffDelay(transient, context.retry));
      }
    }
  };
