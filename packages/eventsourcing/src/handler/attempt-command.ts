import * as E from 'fp-ts/lib/Either.js';
import { isNonEmpty } from 'fp-ts/lib/ReadonlyArray.js';
import { mapWithIndex, type ReadonlyNonEmptyArray } from 'fp-ts/lib/ReadonlyNonEmptyArray.js';
import type { Decider } from '../decider/decider.js';
import { foldEvents } from '../decider/fold-events.js';
import { DuplicateEventIds } from '../store/errors/duplicate-event-ids.js';
import { VersionConflict } from '../store/errors/version-conflict.js';
import type { EventMetadata } from '../store/event-metadata.js';
import type { EventStore } from '../store/event-store.js';
import type { StreamVersion } from '../store/expected-version.js';
import type { RecordedEvent } from '../store/recorded-event.js';
import type { EventDecoder } from '../upcasting/upcasting-decoder.js';
import type { CommandOutcome } from './command-outcome.js';
import type { CommandRequest } from './command-request.js';
import { eventIdFor } from './event-id.js';
import { decodeRecorded, loadStream } from './load-stream.js';
import type { StreamStateCache } from './stream-state-cache.js';

export interface AttemptContext<Command, Event extends { readonly type: string }, State, Rejection> {
  readonly store: EventStore;
  readonly decider: Decider<Command, Event, State, Rejection>;
  readonly schemaVersionOf: (type: string) => number;
  readonly encode: (event: Event) => unknown;
  readonly decode: EventDecoder<Event>;
  /** Folded states of recently used streams; none when caching is off. */
  readonly cache: StreamStateCache<State> | null;
}

/** One attempt ends in an outcome, or says why it should be tried again. */
export type AttemptResult<Event, State, Rejection> =
  | { readonly kind: 'done'; readonly outcome: CommandOutcome<Event, State, Rejection> }
  | { readonly kind: 'conflict'; readonly conflict: VersionConflict };

/** The answer to a command whose id names another command; only the caller's stream is named. */
const reused = <Command, Event, State, Rejection>(
  request: CommandRequest<Command>,
): AttemptResult<Event, State, Rejection> => ({
  kind: 'done',
  outcome: { kind: 'command-id-reused', streamId: request.streamId, commandId: request.commandId },
});

/**
 * Whether the events recorded under the request's command id were written by another command:
 * their digest is not the request's. An event recorded without a digest (before digests were
 * recorded) cannot tell, and counts as the same command, as it did then.
 */
const recordedByAnother = (recorded: RecordedEvent | undefined, digest: () => string): boolean => {
  const stored = recorded?.metadata.commandDigest;
  return stored !== undefined && stored !== digest();
};

/** The stream as the command is decided on: its state, version and the command ids recorded in it. */
interface StreamView<State> {
  readonly state: State;
  readonly version: StreamVersion;
  readonly commandIds: Set<string>;
}

/**
 * The cached state brought up to date with the events recorded after it, or undefined when
 * the stream must be loaded in full: nothing cached, the command id already recorded (the
 * original outcome comes from the full history), or a stream that does not continue where the
 * cache left it.
 */
const catchUp = async <Command, Event extends { readonly type: string }, State, Rejection>(
  context: AttemptContext<Command, Event, State, Rejection>,
  cache: StreamStateCache<State>,
  request: CommandRequest<Command>,
): Promise<StreamView<State> | undefined> => {
  const { streamId } = request;
  const cached = cache.get(streamId);
  if (cached === undefined) return undefined;
  const after = await context.store.readStream(streamId, { from: cached.version + 1n });
  const first = after[0];
  if (first === undefined) {
    return cached.commandIds.has(request.commandId) ? undefined : cached;
  }
  if (first.revision !== cached.version + 1n) {
    cache.forget(streamId);
    return undefined;
  }
  const entries = decodeRecorded(streamId, after, context.decode);
  const commandIds = new Set(cached.commandIds);
  for (const { recorded } of entries) commandIds.add(recorded.metadata.commandId);
  const view = {
    state: foldEvents(
      context.decider,
      cached.state,
      entries.map(({ event }) => event),
    ),
    version: entries[entries.length - 1]?.recorded.revision ?? cached.version,
    commandIds,
  };
  if (commandIds.has(request.commandId)) return undefined;
  cache.remember(streamId, { version: view.version, state: view.state, commandIds });
  return view;
};

/**
 * On a remembered stream, the command is decided on the remembered state without reading the
 * stream first: the append at the remembered revision is itself the check that nothing was
 * recorded since, as the store refuses it otherwise. Undefined sends the command the reading way
 * (catch up, then decide), which gives the answer whenever this way cannot: nothing remembered,
 * the command id already among the stream's, an append refused because the stream moved on, and
 * every rejection or decision to change nothing, which is only answered once the state it was
 * decided on is known to be the stream's latest.
 */
const attemptOnRemembered = async <Command, Event extends { readonly type: string }, State, Rejection>(
  context: AttemptContext<Command, Event, State, Rejection>,
  cache: StreamStateCache<State>,
  request: CommandRequest<Command>,
  digest: () => string,
): Promise<AttemptResult<Event, State, Rejection> | undefined> => {
  const cached = cache.get(request.streamId);
  if (cached === undefined || cached.commandIds.has(request.commandId)) return undefined;
  const decision = context.decider.decide(request.command, cached.state);
  if (E.isLeft(decision) || !isNonEmpty(decision.right)) return undefined;
  const result = await appendDecided(context, request, cached, decision.right, digest);
  return result.kind === 'conflict' ? undefined : result;
};

/**
 * Decide on the remembered state and append at its revision; or load (or catch the cached state
 * up), check for an earlier application of the same command (and that it had the same digest),
 * fold, decide, append at the exact version loaded. Conflicts come back as values so the caller
 * owns the retry policy. `digest` gives the digest of the request's command (computed once, when
 * first needed) and throws `UndigestibleCommand` if it has none.
 */
export const attemptCommand = async <Command, Event extends { readonly type: string }, State, Rejection>(
  context: AttemptContext<Command, Event, State, Rejection>,
  request: CommandRequest<Command>,
  digest: () => string,
): Promise<AttemptResult<Event, State, Rejection>> => {
  const { store, decider, cache } = context;
  const { streamId, commandId } = request;

  if (cache !== null) {
    const remembered = await attemptOnRemembered(context, cache, request, digest);
    if (remembered !== undefined) return remembered;
  }

  let view = cache === null ? undefined : await catchUp(context, cache, request);
  if (view === undefined) {
    const loaded = await loadStream(store, streamId, context.decode);
    const state = foldEvents(decider, decider.initialState, loaded.events);

    // Checked before deciding: decide might now refuse, or decide differently, what was accepted.
    const applied = loaded.entries.filter(({ recorded }) => recorded.metadata.commandId === commandId);
    const lastApplied = applied[applied.length - 1];
    if (lastApplied !== undefined) {
      if (recordedByAnother(applied[0]?.recorded, digest)) return reused(request);
      return {
        kind: 'done',
        outcome: {
          kind: 'already-applied',
          events: applied.map(({ event }) => event),
          eventIds: applied.map(({ recorded }) => recorded.eventId),
          nextExpectedRevision: lastApplied.recorded.revision,
          position: lastApplied.recorded.position,
          recorded: applied.map(({ recorded }) => recorded),
          state,
        },
      };
    }
    view = {
      state,
      version: loaded.version,
      commandIds: new Set(loaded.entries.map(({ recorded }) => recorded.metadata.commandId)),
    };
    if (cache !== null && typeof view.version === 'bigint') {
      cache.remember(streamId, { version: view.version, state, commandIds: view.commandIds });
    }
  }
  const { state } = view;

  const decision = decider.decide(request.command, state);
  if (E.isLeft(decision)) {
    return { kind: 'done', outcome: { kind: 'rejected', rejection: decision.left, state } };
  }
  const events = decision.right;
  if (!isNonEmpty(events)) {
    return { kind: 'done', outcome: { kind: 'unchanged', version: view.version, state } };
  }

  return appendDecided(context, request, view, events, digest);
};

/**
 * Appends what was decided on `view` at its version and says what came of it; a version
 * conflict comes back as a value. Event ids recorded already (in this stream by another command,
 * or in another stream) mean the command id names another command.
 */
const appendDecided = async <Command, Event extends { readonly type: string }, State, Rejection>(
  context: AttemptContext<Command, Event, State, Rejection>,
  request: CommandRequest<Command>,
  view: StreamView<State>,
  events: ReadonlyNonEmptyArray<Event>,
  digest: () => string,
): Promise<AttemptResult<Event, State, Rejection>> => {
  const { store, decider, cache } = context;
  const { streamId, commandId } = request;
  const { state } = view;
  const commandDigest = digest();
  const toAppend = mapWithIndex((index: number, event: Event) => {
    const metadata: EventMetadata = {
      commandId,
      correlationId: request.metadata?.correlationId ?? commandId,
      causationId: request.metadata?.causationId ?? commandId,
      recordedAt: request.now,
      schemaVersion: context.schemaVersionOf(event.type),
      actor: request.metadata?.actor ?? null,
      commandDigest,
    };
    return { eventId: eventIdFor(commandId, index), type: event.type, data: context.encode(event), metadata };
  })(events);

  try {
    const result = await store.append(streamId, toAppend, { expectedVersion: view.version });
    const written = {
      events,
      eventIds: toAppend.map((event) => event.eventId),
      nextExpectedRevision: result.nextExpectedRevision,
      position: result.position,
      state: foldEvents(decider, state, events),
    };
    if (!result.alreadyApplied) {
      if (cache !== null) {
        // Adding to the set in place is safe: see CachedStream.commandIds.
        view.commandIds.add(commandId);
        cache.remember(streamId, {
          version: result.nextExpectedRevision,
          state: written.state,
          commandIds: view.commandIds,
        });
      }
      return { kind: 'done', outcome: { kind: 'appended', ...written } };
    }
    cache?.forget(streamId);
    // A command with this id landed between our read and our append, at the same version and
    // with as many events. If it had this digest, it was this command, so decide (being pure)
    // produced these very events; the store reports where they are.
    const recorded = await store.readStream(streamId, {
      from: result.nextExpectedRevision - BigInt(events.length - 1),
      maxCount: events.length,
    });
    if (recordedByAnother(recorded[0], digest)) return reused(request);
    return { kind: 'done', outcome: { kind: 'already-applied', ...written, recorded } };
  } catch (error) {
    if (error instanceof VersionConflict) {
      cache?.forget(streamId);
      return { kind: 'conflict', conflict: error };
    }
    // Ids derived from this command id are recorded in another stream: the id names a command
    // there, which is not this one (a command's stream is part of what it is).
    if (error instanceof DuplicateEventIds && error.existingStreamId !== null) return reused(request);
    throw error;
  }
};
