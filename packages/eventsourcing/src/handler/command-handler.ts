import * as E from 'fp-ts/lib/Either.js';
import type { Decider } from '../decider/decider.js';
import type { EventStore } from '../store/event-store.js';
import type { RecordedEvent } from '../store/recorded-event.js';
import { handlerTracing } from '../telemetry/traced-attempts.js';
import type { DecodeFailure } from '../upcasting/decode-failure.js';
import { type UpcasterRegistry, upcasterRegistry } from '../upcasting/upcaster-registry.js';
import { upcastingDecoder } from '../upcasting/upcasting-decoder.js';
import { attemptCommand } from './attempt-command.js';
import { commandDigestOf } from './command-digest.js';
import type { CommandOutcome } from './command-outcome.js';
import type { CommandRequest } from './command-request.js';
import { RetriesExhausted } from './retries-exhausted.js';
import { jitteredBackoff, type RetryPolicy, realSleep } from './retry-policy.js';
import { streamStateCache } from './stream-state-cache.js';
import { UndigestibleCommand } from './undigestible-command.js';

/**
 * What a command handler runs on: the store, the decider, and how events and commands are written and read.
 */
export interface CommandHandlerOptions<Command, Event extends { readonly type: string }, State, Rejection> {
  readonly store: EventStore;
  readonly decider: Decider<Command, Event, State, Rejection>;
  /** The schema version each event type is written at (and read old events are lifted to). */
  readonly schemaVersionOf: (type: string) => number;
  /** An event's data as JSON. */
  readonly encode: (event: Event) => unknown;
  /** A recorded event, already lifted to the current schema version, as a domain event. */
  readonly decode: (recorded: RecordedEvent) => E.Either<DecodeFailure, Event>;
  /**
   * The command as JSON: the content its digest covers (see `commandDigestOf`). Each event a
   * command writes records the digest, so a later command under the same id is told apart from
   * a retry: same digest, `already-applied`; another, `command-id-reused`. Whatever a retry must
   * repeat belongs here; the request's `now`, correlation and causation ids do not count.
   */
  readonly encodeCommand: (command: Command) => unknown;
  /** Steps that lift old schema versions; default: none. */
  readonly upcasters?: UpcasterRegistry;
  readonly retry?: RetryPolicy;
  /**
   * How many streams' folded state the handler keeps between commands (least recently used
   * forgotten first); default {@link defaultCachedStreams}, 0 turns it off. A command on a
   * remembered stream is decided on the remembered state and appended at its revision without
   * reading first; the store refuses that append if anyone wrote since, and the command is then
   * decided on the stream as it is. Rejections and "unchanged" are only answered after reading
   * what was recorded since, so no answer rests on a stale state. States must not be mutated
   * once `evolve` returned them.
   */
  readonly cachedStreams?: number;
  /**
   * Whether the handler makes OpenTelemetry spans (`attempt`, `decide`; see `handlerTracing`)
   * through the global API; default true. Without an SDK they are no-ops; false leaves them out.
   */
  readonly telemetry?: boolean;
}

/** The digest of a request's command, computed when first asked for; throws `UndigestibleCommand`. */
const digestOnce = <Command>(
  request: CommandRequest<Command>,
  encodeCommand: (command: Command) => unknown,
): (() => string) => {
  let digest: string | undefined;
  return () => {
    if (digest === undefined) {
      const computed = commandDigestOf(encodeCommand(request.command));
      if (E.isLeft(computed)) {
        throw new UndigestibleCommand({
          streamId: request.streamId,
          commandId: request.commandId,
          reason: computed.left,
        });
      }
      digest = computed.right;
    }
    return digest;
  };
};

/** Streams whose state a command handler keeps by default. */
export const defaultCachedStreams = 1000;

/** Handles one command; see {@link commandHandler}. */
export type CommandHandler<Command, Event, State, Rejection> = (
  request: CommandRequest<Command>,
) => Promise<CommandOutcome<Event, State, Rejection>>;

/**
 * Builds the function that runs commands against one decider and store: load the stream
 * (upcasting and decoding every event), return the earlier outcome if this command id was
 * already applied with the same content (`command-id-reused` if with other content, or if the
 * id is recorded in another stream), fold, decide, and append the events with ids derived from
 * the command id, and the command's digest, at the exact version loaded. The folded state of recently used streams is kept (see
 * `cachedStreams`), so a later command on the same stream is decided on it and appended at its
 * revision, one round trip, reading and folding what was recorded since only when the append is
 * refused or the answer is a rejection. On a version conflict it waits, reloads and decides again, up to
 * `retry.maxRetries` times, then fails with {@link RetriesExhausted}.
 *
 * Rejections are outcomes, not errors. The promise rejects with `EventDecodeFailed`,
 * `RetriesExhausted`, `UndigestibleCommand`, or an error of the store (`StoreUnavailable`,
 * `InvalidEventData`).
 *
 * @example
 * const handle = commandHandler({
 *   store, decider, schemaVersionOf: () => 1, encode: (e) => e.data, decode, encodeCommand: (c) => c,
 * });
 * const outcome = await handle({ streamId: 'account-1', command, commandId, now: clock.now() });
 * if (outcome.kind === 'rejected') reply(400, outcome.rejection);
 */
export const commandHandler = <Command, Event extends { readonly type: string }, State, Rejection>(
  options: CommandHandlerOptions<Command, Event, State, Rejection>,
): CommandHandler<Command, Event, State, Rejection> => {
  const cachedStreams = Math.floor(options.cachedStreams ?? defaultCachedStreams);
  const tracing = options.telemetry === false ? undefined : handlerTracing();
  const context = {
    store: options.store,
    decider: tracing === undefined ? options.decider : tracing.decider(options.decider),
    schemaVersionOf: options.schemaVersionOf,
    encode: options.encode,
    decode: upcastingDecoder({
      upcasters: options.upcasters ?? upcasterRegistry({}),
      schemaVersionOf: options.schemaVersionOf,
      decode: options.decode,
    }),
    cache: cachedStreams >= 1 ? streamStateCache<State>(cachedStreams) : null,
  };
  const maxRetries = options.retry?.maxRetries ?? 5;
  const delayMs = options.retry?.delayMs ?? jitteredBackoff;
  const sleep = options.retry?.sleep ?? realSleep;

  return async (request) => {
    const digest = digestOnce(request, options.encodeCommand);
    const once = (attempted: CommandRequest<Command>) => attemptCommand(context, attempted, digest);
    for (let attempt = 1; ; attempt += 1) {
      const result = await (tracing === undefined ? once : tracing.attempt(once, attempt))(request);
      if (result.kind === 'done') return result.outcome;
      if (attempt > maxRetries) {
        throw new RetriesExhausted({
          streamId: request.streamId,
          commandId: request.commandId,
          attempts: attempt,
          lastConflict: result.conflict,
        });
      }
      await sleep(delayMs(attempt));
    }
  };
};
