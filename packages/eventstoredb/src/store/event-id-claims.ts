import { jsonEvent } from '@eventstore/db-client';
import {
  DuplicateEventIds,
  type RecordedIdLocation,
  type SealedEvent,
  type StreamVersion,
} from '@parcel-claims/eventsourcing';
import { failureKind } from '../client/failure-kind.js';
import { type DecodedEvent, decodeEvent } from '../codec/decode-event.js';
import type { AdapterContext } from './adapter-context.js';
import { readAt, readLast } from './read-resolved.js';

/**
 * Where an event id is recorded, as far as the claims tell: a claim naming another stream binds
 * the id to that stream; a claim naming this stream counts only once the event is found there.
 */
export interface ClaimedLocation extends RecordedIdLocation {
  /** The event, when it was found at the claimed revision of this stream. */
  readonly recorded?: DecodedEvent;
}

/** The claim stream of one event id, as read before an append. */
export interface IdClaim {
  readonly eventId: string;
  readonly claimStream: string;
  /** The claim stream's revision, to replace a stale claim with optimistic concurrency. */
  readonly claimRevision: StreamVersion;
  readonly claimed: { readonly streamId: string; readonly revision: bigint } | undefined;
  readonly location: ClaimedLocation | undefined;
}

const claimType = 'EventIdClaimed';

const claimStreamOf = (context: AdapterContext, eventId: string): string =>
  `${context.internalPrefix}event-id-${eventId}`;

const claimOf = (data: unknown): { readonly streamId: string; readonly revision: bigint } | undefined => {
  if (typeof data !== 'object' || data === null) return undefined;
  const streamId = Reflect.get(data, 'streamId');
  const revision = Reflect.get(data, 'revision');
  return typeof streamId === 'string' && typeof revision === 'string' && /^\d+$/.test(revision)
    ? { streamId, revision: BigInt(revision) }
    : undefined;
};

const readClaim = async (context: AdapterContext, streamId: string, eventId: string): Promise<IdClaim> => {
  const claimStream = claimStreamOf(context, eventId);
  const last = (await readLast(context.client, claimStream))?.event;
  const claimed = claimOf(last?.data);
  const claimRevision: StreamVersion = last?.revision ?? 'no_stream';
  const base = { eventId, claimStream, claimRevision, claimed };
  if (claimed === undefined) return { ...base, location: undefined };
  if (claimed.streamId !== streamId) return { ...base, location: claimed };
  const found = await readAt(context.client, streamId, claimed.revision);
  if (found?.event?.id !== eventId) return { ...base, location: undefined };
  return { ...base, location: { ...claimed, recorded: decodeEvent(found) } };
};

/**
 * EventStoreDB keeps no index of event ids across streams, so the adapter keeps one: a claim
 * stream per event id naming the stream and revision the id was appended at. This reads the
 * claims of a batch (in parallel) and checks same-stream claims against the stream itself.
 */
export const readClaims = async (
  context: AdapterContext,
  streamId: string,
  eventIds: readonly string[],
): Promise<ReadonlyMap<string, IdClaim>> => {
  const claims = await Promise.all(eventIds.map((eventId) => readClaim(context, streamId, eventId)));
  return new Map(claims.map((claim) => [claim.eventId, claim]));
};

/**
 * Claims the ids of a batch about to be appended at its revisions, before the append, so that
 * two appends of one id to different streams cannot both succeed: the claim stream is written
 * with an expected revision, and the loser finds the winner's stream there. A claim that already
 * names this stream is left (a concurrent or earlier attempt of the same append); the stream's
 * own expected revision decides between those.
 */
export const claimIds = async (
  context: AdapterContext,
  streamId: string,
  sealed: readonly SealedEvent[],
  claims: ReadonlyMap<string, IdClaim>,
): Promise<void> => {
  const claimOne = async (event: SealedEvent): Promise<string | undefined> => {
    const claim = claims.get(event.eventId);
    if (claim === undefined) return undefined;
    if (claim.claimed?.streamId === streamId && claim.claimed.revision === event.revision) return undefined;
    try {
      await context.client.appendToStream(
        claim.claimStream,
        jsonEvent({ type: claimType, data: { streamId, revision: event.revision.toString() } }),
        { expectedRevision: claim.claimRevision },
      );
      return undefined;
    } catch (error) {
      if (failureKind(error) !== 'wrong-expected-version') throw error;
      const now = claimOf((await readLast(context.client, claim.claimStream))?.event?.data);
      return now === undefined || now.streamId === streamId ? undefined : now.streamId;
    }
  };
  const owners = await Promise.all(sealed.map(claimOne));
  const existingStreamId = owners.find((owner) => owner !== undefined);
  if (existingStreamId !== undefined) {
    throw new DuplicateEventIds({
      streamId,
      eventIds: sealed.filter((_, index) => owners[index] === existingStreamId).map((event) => event.eventId),
      existingStreamId,
    });
  }
};
