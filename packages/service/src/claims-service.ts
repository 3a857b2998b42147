import {
  builtInCalendars,
  type CalendarRegistry,
  type ClaimCommand,
  type ClaimCommandType,
  type ClaimEvent,
  claimCommandTypes,
  claimSchemaVersion,
  claimsDecider,
  claimUpcasters,
  type DecodeError,
  decodeClaimCommand,
  decodeRecordedClaimEvent,
  defaultPolicy,
  encodeClaimEvent,
  fold,
  type ParcelState,
  type Policy,
  parcelStreamId,
  policyBook,
} from '@parcel-claims/core';
import {
  commandHandler,
  type EventStore,
  loadStream,
  type RetryPolicy,
  type UpcasterRegistry,
  upcasterRegistry,
  upcastingDecoder,
} from '@parcel-claims/eventsourcing';
import * as E from 'fp-ts/lib/Either.js';
import type * as t from 'io-ts';
import { type ClaimRecord, claimRecordOf } from './claim-record.js';
import { ClockReadingInvalid } from './clock-reading-invalid.js';
import { type ClockedCommand, clockedDecider } from './clocked-decider.js';
import type { CommandResult, ServiceRejection } from './command-result.js';
import { commandTelemetry } from './command-telemetry.js';
import { edgeRefusal } from './edge-check.js';
import type { ClockReading } from './t1-command-not-ahead-of-clock.js';

/** JSON as a caller may hold it: its objects and arrays may be readonly. */
type ReadonlyJson<T> = T extends readonly (infer U)[]
  ? readonly ReadonlyJson<U>[]
  : T extends object
    ? { readonly [K in keyof T]: ReadonlyJson<T[K]> }
    : T;

/** A command's `data` as a caller sends it: plain JSON, checked by the codec before anything runs. */
export type CommandInput<T extends ClaimCommandType> = ReadonlyJson<
  Extract<t.OutputOf<typeof ClaimCommand>, { type: T }>['data']
>;

/**
 * Optional tracing for one command; both default to the command id. Each is a `TraceId`: 1 to 256
 * characters of well-formed text without control characters, or the command is `invalid`.
 */
export interface CallOptions {
  readonly correlationId?: string;
  readonly causationId?: string;
}

/**
 * What a claims service runs on: the store, the policy versions sold, the calendars, the clock and how it
 * retries.
 */
export interface ClaimsServiceOptions {
  readonly store: EventStore;
  /** Every policy version the service has sold. Default: `defaultPolicy` only. */
  readonly policies?: readonly Policy[];
  /** Payer calendars. Default: `builtInCalendars` (cn-mainland and weekends-only for any zone). */
  readonly calendars?: CalendarRegistry;
  /**
   * The service's clock, read once per command: written as `recordedAt`, and the bound of T1, which
   * refuses a command dated more than `clockToleranceMs` after it. Decisions otherwise use the
   * command's `now`. Default: the system clock.
   */
  readonly clock?: () => string;
  /**
   * How far past the clock a command's `now` may lie, in whole milliseconds, for the clocks of
   * parties that drift ahead. Default {@link defaultClockToleranceMs} (5 minutes).
   */
  readonly clockToleranceMs?: number;
  /** Lifts events stored at older schema versions. Default: the core's `claimUpcasters`. */
  readonly upcasters?: UpcasterRegistry;
  readonly retry?: RetryPolicy;
  /** Parcels whose folded state is kept between commands; see `CommandHandlerOptions.cachedStreams`. */
  readonly cachedStreams?: number;
  /**
   * Whether commands make OpenTelemetry spans (`command <type>`, with `decode`, each `attempt`
   * and `decide` under it) and count in `parcel_claims.commands`, through the global API; default
   * true. Without an SDK registered they are no-ops; false leaves them out altogether.
   */
  readonly telemetry?: boolean;
}

/** A command as decoded at the edge, or why it is invalid. */
type DecodedInput =
  | { readonly kind: 'invalid'; readonly error: DecodeError }
  | { readonly kind: 'valid'; readonly command: ClaimCommand };

/** Tells the command's telemetry which command it is, once decoded. */
type CommandNamed = (type: string, streamId: string, commandId: string) => void;

/** How far past the service clock a command may be dated by default: 5 minutes. */
export const defaultClockToleranceMs = 300_000;

const readClock = (clock: () => string): ClockReading => {
  const text = clock();
  const millis = Date.parse(text);
  if (Number.isNaN(millis)) throw new ClockReadingInvalid(text);
  return { text, millis };
};

const checkedTolerance = (toleranceMs: number): number => {
  if (!Number.isSafeInteger(toleranceMs) || toleranceMs < 0)
    throw new RangeError(
      `clockToleranceMs must be a whole number of milliseconds from 0 up, not ${toleranceMs}`,
    );
  return toleranceMs;
};

type Method<T extends ClaimCommandType> = (
  data: CommandInput<T>,
  options?: CallOptions,
) => Promise<CommandResult>;

/**
 * One typed method per command type, named after it with a lower-case first letter: `bookParcel`
 * sends `BookParcel`, `payClaim` sends `PayClaim`. Derived from the command types, so a new command
 * type is a new method.
 */
type CommandMethods = { readonly [T in ClaimCommandType as Uncapitalize<T>]: Method<T> };

/**
 * The claims service: one method per command, plus the queries. Each command method takes the
 * command's `data` (see docs/commands.md) and resolves to what happened to it.
 *
 * @property bookParcel - Sends `BookParcel`: opens the parcel's stream: who sends what where; the goods
 *   value on its basis, the customs value, the value declared for carriage (null when none) and the shipping
 *   cost; and the parcel's pieces.
 * @property purchaseInsurance - Sends `PurchaseInsurance`: buys the coverage, under a policy version and the
 *   payer's calendar, before dispatch.
 * @property recordPickup - Sends `RecordPickup`: the forwarder collected the parcel from the seller.
 * @property recordHubArrival - Sends `RecordHubArrival`: the parcel arrived at the forwarder's processing
 *   centre.
 * @property shipParcel - Sends `ShipParcel`: the parcel left the processing centre on a cargo: its dispatch.
 * @property handOverToCarrier - Sends `HandOverToCarrier`: the international carrier scanned the parcel and
 *   took custody: one air box and customs box per piece.
 * @property recordTrackingUpdate - Sends `RecordTrackingUpdate`: a carrier's tracking scan, recorded with
 *   the carrier's own time.
 * @property recordDelivery - Sends `RecordDelivery`: the parcel reached its addressee with the pieces named;
 *   an open loss claim on it ends (K1).
 * @property openInquiry - Sends `OpenInquiry`: opens a claim of any type on pieces of the parcel, with the
 *   documents it needs and their due dates.
 * @property attachDocument - Sends `AttachDocument`: a party provides a document of the dossier.
 * @property rejectDocument - Sends `RejectDocument`: the insurer refuses an attached document; it is due
 *   again after the resubmission grace.
 * @property extendDocumentDeadline - Sends `ExtendDocumentDeadline`: the insurer gives a forwarder or
 *   carrier more time for a document.
 * @property confirmLoss - Sends `ConfirmLoss`: the carrier's loss confirmation letter: the loss-confirmation
 *   document of a loss claim, from the carrier that took the parcel, or relayed by the forwarder.
 * @property submitClaim - Sends `SubmitClaim`: sends the complete dossier to the insurer, who decides by the
 *   decision due date.
 * @property acceptClaim - Sends `AcceptClaim`: the insurer approves an amount within the cap; it is payable
 *   by the payout due date.
 * @property rejectClaim - Sends `RejectClaim`: the insurer refuses the claim, citing a reason.
 * @property payClaim - Sends `PayClaim`: the insurer pays the approved amount.
 * @property withdrawClaim - Sends `WithdrawClaim`: the seller withdraws an open claim.
 * @property checkDeadlines - Sends `CheckDeadlines`: writes the lapses and overdue flags that are due at
 *   `now`; nothing when none are.
 * @property grantDelegation - Sends `GrantDelegation`: the parcel's party in the actor's role lets
 *   `delegateId` act in that role on this parcel.
 * @property revokeDelegation - Sends `RevokeDelegation`: the parcel's party in the actor's role ends the
 *   delegation it granted to `delegateId`.
 * @property requestInformation - Sends `RequestInformation`: the insurer asks a party for more on a
 *   submitted claim; the claim needs action and the decision clock pauses.
 * @property answerInformationRequest - Sends `AnswerInformationRequest`: the party asked answers; the
 *   decision clock runs again, its due date adjusted.
 * @property appealRejection - Sends `AppealRejection`: the seller appeals a rejection with new documents;
 *   the claim is reopened with a new decision due date.
 * @property notifyCarrier - Sends `NotifyCarrier`: the insurer gives the carrier written notice of the claim.
 * @property assessCarrierLiability - Sends `AssessCarrierLiability`: the carrier's liability cap under a
 *   regime or the value declared for carriage, in the coverage currency.
 * @property fileRecovery - Sends `FileRecovery`: after payment, the insurer claims from the carrier.
 * @property recordRecovery - Sends `RecordRecovery`: money came back from the carrier.
 * @property closeRecovery - Sends `CloseRecovery`: the recovery ends, what is outstanding written off.
 * @property electSalvage - Sends `ElectSalvage`: the insured repays or surrenders a parcel found after payout.
 */
export interface ClaimsService extends CommandMethods {
  /**
   * Runs any command given as untrusted JSON `{ type, data }`. Input past `inputLimits` (bytes,
   * nesting, array and string lengths) is `invalid` at its path before it is decoded.
   */
  readonly execute: (input: unknown, options?: CallOptions) => Promise<CommandResult>;
  /** The parcel's current state, or null when nothing was recorded for it. */
  readonly getParcel: (parcelId: string) => Promise<ParcelState | null>;
  /** Every recorded event of the parcel, in order, with its metadata and hash chain. */
  readonly history: (parcelId: string) => Promise<readonly ClaimRecord[]>;
}

/** `BookParcel` → `bookParcel`. */
const methodName = (type: ClaimCommandType): string => `${type.charAt(0).toLowerCase()}${type.slice(1)}`;

/**
 * Whether `methods` holds a function under the method name of every command type. The compiler
 * cannot follow a loop that adds one property per command type, nor type a name made at run time
 * as `Uncapitalize<T>`, so the methods built by that loop get their mapped type from this check
 * instead of a cast: the one claim the compiler cannot prove is checked here when a service is
 * created. That each name holds the method of its own type is plain from the loop.
 */
const hasEveryMethod = (methods: Readonly<Record<string, unknown>>): methods is CommandMethods =>
  claimCommandTypes.every((type) => typeof methods[methodName(type)] === 'function');

/**
 * Embeds parcel-claims in a service: decode at the edge, decide, append with the exact expected
 * revision and deterministic event ids, retry on conflicts.
 *
 * @example
 * const service = createClaimsService({ store: inMemoryEventStore() });
 * const result = await service.bookParcel({ commandId, now, actor, parcelId, ... });
 * const parcel = await service.getParcel(parcelId);
 */
export const createClaimsService = (options: ClaimsServiceOptions): ClaimsService => {
  const decider = claimsDecider({
    policies: policyBook(options.policies ?? [defaultPolicy]),
    calendars: options.calendars ?? builtInCalendars,
  });
  const upcasters = options.upcasters ?? upcasterRegistry(claimUpcasters);
  const clock = options.clock ?? (() => new Date().toISOString());
  const toleranceMs = checkedTolerance(options.clockToleranceMs ?? defaultClockToleranceMs);
  const handle = commandHandler<ClockedCommand, ClaimEvent, ParcelState, ServiceRejection>({
    store: options.store,
    decider: clockedDecider(decider, toleranceMs),
    schemaVersionOf: claimSchemaVersion,
    encode: encodeClaimEvent,
    decode: decodeRecordedClaimEvent,
    // A decoded command is the JSON it was decoded from (decoding checks and builds nothing, and
    // refuses unknown fields), so its digest covers exactly what the caller sent: type and data,
    // the command's own \`now\` and actor included; not the call's correlation and causation ids,
    // nor the clock reading the command travels with (a retry is read at another time).
    encodeCommand: ({ command }) => command,
    upcasters,
    ...(options.retry === undefined ? {} : { retry: options.retry }),
    ...(options.cachedStreams === undefined ? {} : { cachedStreams: options.cachedStreams }),
    ...(options.telemetry === undefined ? {} : { telemetry: options.telemetry }),
  });
  const decode = upcastingDecoder({
    upcasters,
    schemaVersionOf: claimSchemaVersion,
    decode: decodeRecordedClaimEvent,
  });

  const decodeInput = (input: unknown, call: CallOptions): DecodedInput => {
    const refused = edgeRefusal(input, call);
    if (refused !== undefined) return { kind: 'invalid', error: refused };
    const command = decodeClaimCommand(input);
    return E.isLeft(command)
      ? { kind: 'invalid', error: command.left }
      : { kind: 'valid', command: command.right };
  };
  const telemetry = options.telemetry === false ? undefined : commandTelemetry();

  const run = async (input: unknown, call: CallOptions, named: CommandNamed): Promise<CommandResult> => {
    const decoded =
      telemetry === undefined ? decodeInput(input, call) : telemetry.decode(() => decodeInput(input, call));
    if (decoded.kind === 'invalid') return decoded;
    const { commandId, actor, parcelId } = decoded.command.data;
    const streamId = parcelStreamId(parcelId);
    named(decoded.command.type, streamId, commandId);
    const reading = readClock(clock);
    const outcome = await handle({
      streamId,
      command: { command: decoded.command, clock: reading },
      commandId,
      now: reading.text,
      metadata: {
        actor,
        ...(call.correlationId === undefined ? {} : { correlationId: call.correlationId }),
        ...(call.causationId === undefined ? {} : { causationId: call.causationId }),
      },
    });
    switch (outcome.kind) {
      case 'rejected':
        return { kind: 'rejected', rejection: outcome.rejection, state: outcome.state };
      case 'unchanged':
        return { kind: 'unchanged', state: outcome.state };
      case 'command-id-reused':
        return {
          kind: 'command-id-reused',
          parcelId,
          commandId,
          message: `Command id ${commandId} was already used for another command; parcel ${parcelId} is unchanged. A retry must repeat the command exactly; a new command needs a new id.`,
        };
      case 'appended':
      case 'already-applied':
        return {
          kind: outcome.kind === 'appended' ? 'accepted' : 'already-applied',
          events: outcome.events,
          revision: outcome.nextExpectedRevision,
          position: outcome.position,
          state: outcome.state,
        };
    }
  };

  const execute = (input: unknown, call: CallOptions = {}): Promise<CommandResult> =>
    telemetry === undefined
      ? run(input, call, () => undefined)
      : telemetry.command((named) => run(input, call, named));

  const method =
    <T extends ClaimCommandType>(type: T): Method<T> =>
    (data, call) =>
      execute({ type, data }, call);
  const methods: Record<string, Method<ClaimCommandType>> = {};
  for (const type of claimCommandTypes) methods[methodName(type)] = method(type);
  if (!hasEveryMethod(methods)) throw new Error('a command type has no method on the claims service');

  const load = (parcelId: string) => loadStream(options.store, parcelStreamId(parcelId), decode);

  return {
    execute,
    ...methods,
    getParcel: async (parcelId) => {
      const { events } = await load(parcelId);
      return events.length === 0 ? null : fold(decider.initialState, events);
    },
    history: async (parcelId) => (await load(parcelId)).entries.map(claimRecordOf),
  };
};
