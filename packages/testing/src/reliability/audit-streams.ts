import {
  type ClaimEvent,
  type ClaimsDecider,
  decodeClaimCommand,
  fold,
  type ParcelState,
} from '@parcel-claims/core';
import {
  commandDigestOf,
  type EventStore,
  eventIdFor,
  type RecordedEvent,
} from '@parcel-claims/eventsourcing';
import { type CommandResult, decodeRecordedClaimEvent, parcelStreamId } from '@parcel-claims/service';
import * as E from 'fp-ts/lib/Either.js';
import { checkHistory, type HistoryEntry } from '../invariants/index.js';
import { stored, text } from './compare-text.js';

/** A command as a caller sent it: plain JSON `{ type, data }` with a command and a parcel id. */
export interface SentInput {
  readonly type: string;
  readonly data: { readonly commandId: string; readonly parcelId: string } & Readonly<
    Record<string, unknown>
  >;
}

/** One call of the service: what was sent, and what came back or what it threw. */
export type ServiceCall =
  | { readonly input: SentInput; readonly kind: 'answered'; readonly result: CommandResult }
  | { readonly input: SentInput; readonly kind: 'threw'; readonly error: unknown };

/** What an audit found: its problems (none when every invariant holds) and what it looked at. */
export interface StreamAudit {
  readonly problems: readonly string[];
  readonly streams: number;
  readonly events: number;
  /** Commands whose events are stored. */
  readonly storedCommands: number;
}

/** One command's events in a stream, and the stream's state before and after them. */
interface Group {
  readonly commandId: string;
  readonly recorded: readonly RecordedEvent[];
  readonly events: readonly ClaimEvent[];
  /** Index of the state after the group in the stream's prefix states. */
  readonly after: number;
}

interface Replayed {
  readonly groups: ReadonlyMap<string, Group>;
  /** Every stored event that decodes, with its actor, for the invariant catalogue. */
  readonly history: readonly HistoryEntry[];
  /** Prefix state keys to their indices: 0 is the empty stream, n the state after group n. */
  readonly states: ReadonlyMap<string, readonly number[]>;
}

/** The digest the service records for a command sent as `input`. */
const digestOf = (input: SentInput): string | undefined =>
  E.getOrElseW(() => undefined)(commandDigestOf(input));

/**
 * Replays one stream serially from the commands that wrote it: each command's events must be
 * there once, contiguous, with the ids derived from its command id, and must be exactly what
 * deciding that command against the state before them gives.
 */
const replay = (
  streamId: string,
  recorded: readonly RecordedEvent[],
  inputs: ReadonlyMap<string, readonly SentInput[]>,
  decider: ClaimsDecider,
  problems: string[],
): Replayed => {
  const groups = new Map<string, Group>();
  const history: HistoryEntry[] = [];
  const states = new Map<string, number[]>();
  const remember = (state: ParcelState, index: number) => {
    const key = text(state);
    states.set(key, [...(states.get(key) ?? []), index]);
  };
  let state = decider.initialState;
  remember(state, 0);
  let at = 0;
  let applied = 0;
  while (at < recorded.length) {
    const first = recorded[at];
    if (first === undefined) break;
    const commandId = first.metadata.commandId;
    let end = at;
    while (recorded[end]?.metadata.commandId === commandId) end += 1;
    const run = recorded.slice(at, end);
    at = end;
    const events: ClaimEvent[] = [];
    for (const event of run) {
      const decoded = decodeRecordedClaimEvent(event);
      if (E.isLeft(decoded)) problems.push(`${streamId}@${event.revision}: does not decode`);
      else {
        events.push(decoded.right);
        history.push({ event: decoded.right, actor: event.metadata.actor });
      }
    }
    const where = `${streamId}@${first.revision} (command ${commandId})`;
    if (groups.has(commandId)) problems.push(`${where}: the command's events are stored twice`);
    const ids = run.map((event) => event.eventId);
    const derived = run.map((_, index) => eventIdFor(commandId, index));
    if (text(ids) !== text(derived)) problems.push(`${where}: event ids ${ids} are not ${derived}`);
    // Of the commands sent under this id, the one whose digest the events record.
    const sent = inputs.get(commandId) ?? [];
    const input = sent.find((candidate) => digestOf(candidate) === first.metadata.commandDigest) ?? sent[0];
    const command = input === undefined ? undefined : decodeClaimCommand(input);
    if (command === undefined || E.isLeft(command)) {
      problems.push(`${where}: no command sent with this id wrote it`);
    } else {
      const decided = decider.decide(command.right, state);
      const expected = E.isRight(decided) ? decided.right.map(stored) : [`rejected ${decided.left.code}`];
      if (text(expected) !== text(events.map(stored)))
        problems.push(
          `${where}: the serial replay decides ${text(expected)}, the stream holds ${text(events.map(stored))}`,
        );
    }
    state = fold(state, events);
    applied += 1;
    if (!groups.has(commandId)) groups.set(commandId, { commandId, recorded: run, events, after: applied });
    remember(state, applied);
  }
  return { groups, history, states };
};

const last = <T>(items: readonly T[]): T | undefined => items[items.length - 1];

/** Checks one answer against the stream's serial replay and what was sent under its command id. */
const checkCall = (
  call: ServiceCall,
  replayed: Replayed,
  contents: ReadonlyMap<string, ReadonlySet<string>>,
  decider: ClaimsDecider,
  problems: string[],
): void => {
  const { commandId } = call.input.data;
  const where = `command ${commandId} (${call.input.type} on ${call.input.data.parcelId})`;
  if (call.kind === 'threw') return;
  const { result } = call;
  const group = replayed.groups.get(commandId);
  if (result.kind === 'invalid') {
    problems.push(`${where}: the generator sent an invalid command: ${result.error.message}`);
    return;
  }
  if (result.kind === 'command-id-reused') {
    // Only other content sent under the same id can make the id name another command.
    if ((contents.get(commandId)?.size ?? 0) < 2)
      problems.push(`${where}: answered command-id-reused, but nothing else was sent under its id`);
    return;
  }
  const indices = replayed.states.get(text(result.state)) ?? [];
  if (indices.length === 0)
    problems.push(`${where}: answered ${result.kind} with a state the stream never had`);
  if (result.kind === 'accepted' || result.kind === 'already-applied') {
    const lastRecorded = group === undefined ? undefined : last(group.recorded);
    if (group === undefined || lastRecorded === undefined) {
      problems.push(`${where}: answered ${result.kind} but its events are not in the stream (a lost update)`);
      return;
    }
    if (text(result.events.map(stored)) !== text(group.events.map(stored)))
      problems.push(`${where}: answered other events than the stream holds for it`);
    if (result.revision !== lastRecorded.revision || result.position !== lastRecorded.position)
      problems.push(
        `${where}: answered revision ${result.revision} position ${result.position}, stored at ${lastRecorded.revision}/${lastRecorded.position}`,
      );
    const fits =
      result.kind === 'accepted' ? (i: number) => i === group.after : (i: number) => i >= group.after;
    if (indices.length > 0 && !indices.some(fits))
      problems.push(`${where}: answered ${result.kind} with the state at ${indices}, not after its events`);
    return;
  }
  const command = decodeClaimCommand(call.input);
  if (E.isLeft(command)) return;
  // A rejection or a decision without events was made against a state before the command's events.
  if (group !== undefined && indices.length > 0 && !indices.some((i) => i < group.after))
    problems.push(`${where}: answered ${result.kind} against a state that already held its events`);
  const decided = decider.decide(command.right, result.state);
  const again = E.isLeft(decided)
    ? { kind: 'rejected', rejection: decided.left }
    : { kind: decided.right.length === 0 ? 'unchanged' : 'accepted' };
  const answered =
    result.kind === 'rejected' ? { kind: 'rejected', rejection: result.rejection } : { kind: 'unchanged' };
  if (text(again) !== text(answered))
    problems.push(
      `${where}: answered ${text(answered)}, deciding it again against that state gives ${text(again)}`,
    );
};

/** How the calls were made. */
export interface AuditOptions {
  /**
   * The command ids of which an append committed while its caller got an error (a lost
   * response): such a stored command may have no `accepted` answer, only the `already-applied`
   * of its retry. Default none: every stored command was answered `accepted` exactly once.
   */
  readonly lostAnswers?: ReadonlySet<string>;
}

/**
 * Audits the streams a set of service calls wrote, against the calls: no event id twice, each
 * stored command's events once, contiguous and with derived ids; a serial replay of the stored
 * commands decides exactly the stored events; every `accepted` or `already-applied` answer is in
 * the stream with its revision, position and a state the stream had after it (exactly one
 * `accepted` per stored command, at most one for a command in `lostAnswers`); every rejection
 * and `unchanged` is what deciding the command against the state it reports gives, a state the
 * stream had; and the invariant catalogue finds nothing in any stream.
 */
export const auditStreams = async (
  store: EventStore,
  calls: readonly ServiceCall[],
  decider: ClaimsDecider,
  options: AuditOptions = {},
): Promise<StreamAudit> => {
  const lostAnswers = options.lostAnswers ?? new Set<string>();
  const problems: string[] = [];
  const inputs = new Map<string, SentInput[]>();
  const contents = new Map<string, Set<string>>();
  const byStream = new Map<string, ServiceCall[]>();
  for (const call of calls) {
    const { commandId } = call.input.data;
    inputs.set(commandId, [...(inputs.get(commandId) ?? []), call.input]);
    contents.set(commandId, (contents.get(commandId) ?? new Set<string>()).add(text(call.input)));
    const streamId = parcelStreamId(call.input.data.parcelId);
    byStream.set(streamId, [...(byStream.get(streamId) ?? []), call]);
  }
  const seenIds = new Set<string>();
  let events = 0;
  let storedCommands = 0;
  for (const [streamId, streamCalls] of byStream) {
    const recorded = await store.readStream(streamId);
    events += recorded.length;
    for (const event of recorded) {
      if (seenIds.has(event.eventId))
        problems.push(`${streamId}@${event.revision}: event id ${event.eventId} stored twice`);
      seenIds.add(event.eventId);
    }
    const replayed = replay(streamId, recorded, inputs, decider, problems);
    storedCommands += replayed.groups.size;
    for (const call of streamCalls) checkCall(call, replayed, contents, decider, problems);
    for (const commandId of replayed.groups.keys()) {
      const accepted = streamCalls.filter(
        (call) =>
          call.kind === 'answered' &&
          call.result.kind === 'accepted' &&
          call.input.data.commandId === commandId,
      ).length;
      if (accepted > 1 || (accepted === 0 && !lostAnswers.has(commandId)))
        problems.push(`${streamId}: command ${commandId} was answered accepted ${accepted} times`);
    }
    for (const violation of checkHistory(replayed.history))
      problems.push(`${streamId}: ${violation.rule} at event ${violation.index}: ${violation.message}`);
  }
  return { problems, streams: byStream.size, events, storedCommands };
};
