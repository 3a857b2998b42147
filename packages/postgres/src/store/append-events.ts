import {
  type AppendResult,
  checkAppend,
  DuplicateEventIds,
  type EventToAppend,
  type ExpectedVersion,
  type InvalidEventData,
  type StreamVersion,
  satisfiesExpectedVersion,
  sealEventsAsText,
} from '@parcel-claims/eventsourcing';
import * as E from 'fp-ts/lib/Either.js';
import type { SchemaNames } from '../schema/schema-names.js';
import type { SqlExecutor } from '../sql-executor.js';
import type { PlannedWrite } from './append-call.js';
import { type SendAppend, sendAlone } from './append-sender.js';
import type { KnownHead, StreamHeads } from './stream-heads.js';

/** What an append needs of its store. */
export interface AppendContext {
  readonly executor: SqlExecutor;
  readonly names: SchemaNames;
  readonly heads: StreamHeads;
  /** How optimistic attempts reach the database: alone, or grouped with other appends. */
  readonly send: SendAppend;
}

interface AppendRequest {
  readonly streamId: string;
  readonly eventIds: readonly string[];
  readonly expected: ExpectedVersion;
  /** The batch sealed onto `head`: revisions from the one after it, hashes chained onto its hash. */
  readonly chainOnto: (head: KnownHead) => E.Either<InvalidEventData, PlannedWrite>;
}

type Step =
  | { readonly kind: 'done'; readonly result: AppendResult }
  /**
   * Try again chaining onto `head`, the stream's head as last seen (undefined: not known);
   * `deferred` when the database did not decide this append (see `AppendCallOutcome`).
   */
  | { readonly kind: 'again'; readonly head: KnownHead | undefined; readonly deferred: boolean };

/** Calls with a stale head before taking the append lock for a whole transaction. */
const optimisticCalls = 2;

/**
 * Calls a group may defer an append for, on top of the optimistic ones: each deferral means an
 * append ahead of it on its stream was decided, so appends are deferred only as often as others
 * get ahead of them; the bound keeps a stream flooded with appends that cannot write from
 * deferring one for ever (it then takes the lock like any writer losing races).
 */
const maxDeferrals = 16;

const versionOf = (head: KnownHead): StreamVersion => (head === null ? 'no_stream' : head.revision);

const sameHead = (a: KnownHead, b: KnownHead): boolean =>
  a === null || b === null ? a === b : a.revision === b.revision && a.hash === b.hash;

/**
 * Seals `events` onto a head, remembering the last head and its outcome: the call that learns the
 * head checks that the batch chains onto it, and the call after writes that same sealed batch,
 * which is hashed once, not once per call.
 */
const chainOntoOnce = (streamId: string, events: readonly EventToAppend[]): AppendRequest['chainOnto'] => {
  let last: { readonly head: KnownHead; readonly plan: E.Either<InvalidEventData, PlannedWrite> } | undefined;
  return (head) => {
    if (last !== undefined && sameHead(last.head, head)) return last.plan;
    const plan = E.map((sealed: PlannedWrite['events']) => ({ head, events: sealed }))(
      sealEventsAsText({
        streamId,
        nextRevision: head === null ? 0n : head.revision + 1n,
        previousHash: head === null ? null : head.hash,
        events,
      }),
    );
    last = { head, plan };
    return plan;
  };
};

/**
 * The head an append chains onto before it has asked the database: the one last seen, and for
 * a new stream none, unless the stream is known to exist (then it asks for the facts only).
 */
const guessOf = (context: AppendContext, { streamId, expected }: AppendRequest): KnownHead | undefined => {
  const seen = context.heads.get(streamId);
  return expected === 'no_stream' && seen === undefined ? null : seen;
};

/** The write to try: the batch chained onto the head we expect, if we know one that fits. */
const planOn = (request: AppendRequest, guess: KnownHead | undefined): PlannedWrite | undefined => {
  if (guess === undefined || !satisfiesExpectedVersion(request.expected, versionOf(guess))) return undefined;
  const plan = request.chainOnto(guess);
  // A batch that does not chain is invalid whatever the head; asking for the facts first lets
  // `checkAppend` refuse it for a conflict first, as every store does.
  return E.isRight(plan) ? plan.right : undefined;
};

/** One round trip: write the batch chained onto `head`, or learn the facts and let `checkAppend` decide. */
const attempt = async (
  context: AppendContext,
  send: SendAppend,
  request: AppendRequest,
  head: KnownHead | undefined,
): Promise<Step> => {
  const { streamId, eventIds, expected } = request;
  const { write, outcome } = await send({ streamId, eventIds, head, plan: (on) => planOn(request, on) });
  if (outcome.kind === 'raced') return { kind: 'again', head: undefined, deferred: false };
  if (outcome.kind === 'deferred') return { kind: 'again', head: guessOf(context, request), deferred: true };
  if (outcome.kind === 'written') {
    const last = write?.events[write.events.length - 1];
    if (last === undefined) throw new Error('append_batches wrote although nothing was planned');
    context.heads.set(streamId, { revision: last.revision, hash: last.metadata.hash });
    return {
      kind: 'done',
      result: { nextExpectedRevision: last.revision, position: outcome.position, alreadyApplied: false },
    };
  }
  context.heads.set(streamId, outcome.head);
  const check = checkAppend({
    streamId,
    current: versionOf(outcome.head),
    expected,
    eventIds,
    locate: (eventId) => outcome.recorded.get(eventId),
  });
  if (check.kind === 'refused') throw check.error;
  if (check.kind === 'already-applied') {
    return {
      kind: 'done',
      result: {
        nextExpectedRevision: check.last.revision,
        position: check.last.position,
        alreadyApplied: true,
      },
    };
  }
  // Sealed now so that a batch that does not chain is refused here; the next call writes it as sealed.
  const next = request.chainOnto(outcome.head);
  if (E.isLeft(next)) throw next.left;
  return { kind: 'again', head: outcome.head, deferred: false };
};

/**
 * Appends a batch the way the in-memory store does (`checkAppend` decides, `chainEvents` seals),
 * in one round trip when the stream head is known and still current: always for `no_stream` on
 * a stream this store has not seen, and after a read of the stream or an earlier append for the
 * others. Otherwise a second call chains onto the head the first one returned. A writer that
 * keeps losing that race on a busy stream takes the append lock for a transaction of its own,
 * where the head cannot move. The optimistic calls go through `context.send`, alone or grouped
 * with other appends of the store; a call its group `deferred` is sent again without counting.
 */
export const appendEvents = async (
  context: AppendContext,
  streamId: string,
  events: readonly EventToAppend[],
  expected: ExpectedVersion,
): Promise<AppendResult> => {
  const eventIds = events.map((event) => event.eventId);
  const request: AppendRequest = { streamId, eventIds, expected, chainOnto: chainOntoOnce(streamId, events) };
  // Ids repeated within the batch are refused whatever the store holds, and before anything
  // else, so `checkAppend` can decide that without asking the database.
  const local = checkAppend({ streamId, current: 'no_stream', expected, eventIds, locate: () => undefined });
  if (local.kind === 'refused' && local.error instanceof DuplicateEventIds) throw local.error;

  let step = await attempt(context, context.send, request, guessOf(context, request));
  let calls = 1;
  let deferrals = 0;
  while (step.kind === 'again' && (step.deferred ? deferrals < maxDeferrals : calls < optimisticCalls)) {
    if (step.deferred) deferrals += 1;
    else calls += 1;
    step = await attempt(context, context.send, request, step.head);
  }
  if (step.kind === 'done') return step.result;
  const { head } = step;
  return context.executor.transaction(async (tx) => {
    // The append lock is only useful if reads after it see what its last holder committed.
    await tx.query('SET TRANSACTION ISOLATION LEVEL READ COMMITTED');
    // Never grouped: these calls belong to this transaction, which holds the lock between them.
    const alone = sendAlone(tx, context.names);
    let locked = await attempt(context, alone, request, head);
    // The first call took the lock, so the head it returned is still the head for the second.
    if (locked.kind === 'again') locked = await attempt(context, alone, request, locked.head);
    if (locked.kind === 'again')
      throw new Error('append_batches did not settle while holding the append lock');
    return locked.result;
  });
};
