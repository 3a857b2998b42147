import {
  builtInCalendars,
  type CalendarRegistry,
  type ClaimEvent,
  defaultPolicy,
  evolve,
  type Instant,
  initialState,
  type ParcelState,
  type Policy,
  policyBook,
} from '@parcel-claims/core';
import type { Actor } from '@parcel-claims/eventsourcing';
import type { ClaimRecord } from '@parcel-claims/service';
import { type Authority, authorityOf } from './authority.js';
import { type DeadlineInForce, deadlinesInForce } from './deadlines.js';
import { eventDetails } from './describe-details.js';
import { whatChanged } from './describe-event.js';
import { checkHistory } from './invariants/catalogue.js';
import type { Violation } from './invariants/violation.js';
import { type StateChange, stateChanges } from './state-changes.js';

/**
 * Where a replay stops: after the last event recorded at or before an instant (by the `recordedAt`
 * the writer stored in the metadata, never a server's own timestamp), or at a revision (inclusive).
 */
export type AsOf = { readonly at: Instant } | { readonly revision: bigint };

/**
 * How `replayParcel` replays a stream: where to stop, and the policy versions and calendars its events may
 * name.
 */
export interface ReplayOptions {
  readonly asOf?: AsOf;
  /** Every policy version the history may name. Default: `defaultPolicy` only. */
  readonly policies?: readonly Policy[];
  readonly calendars?: CalendarRegistry;
}

/** One event of a replay and everything an auditor asks about it. */
export interface ReplayStep {
  readonly revision: bigint;
  readonly position: bigint;
  readonly eventId: string;
  readonly commandId: string;
  /** When the writer recorded it (event metadata). */
  readonly recordedAt: string;
  readonly actor: Actor | null;
  readonly event: ClaimEvent;
  /** The event in a few words. */
  readonly summary: string;
  /**
   * What the event recorded beyond the summary, a line per fact: parties, values and pieces of a
   * booking, boxes at handover, the pieces claimed, the indemnity steps of an acceptance.
   */
  readonly details: readonly string[];
  /** The parcel's state right after the event. */
  readonly state: ParcelState;
  /** What the event changed in the state (the list of applied command ids left out). */
  readonly changes: readonly StateChange[];
  /** Deadlines running after the event, each marked when the event came after it. */
  readonly deadlines: readonly DeadlineInForce[];
  /** The rules and policy clauses that allowed the event. */
  readonly authority: Authority;
  /** Rules this event breaks, from the invariant catalogue; empty in a sound history. */
  readonly violations: readonly Violation[];
}

/**
 * A parcel's stream replayed event by event: each step with the state after it, as of where the replay
 * stopped.
 */
export interface Replay {
  readonly streamId: string | null;
  readonly parcelId: string | null;
  readonly asOf: AsOf | null;
  /** How many events the stream holds in all; `steps` may be fewer when `asOf` cut it short. */
  readonly recordedEvents: number;
  readonly steps: readonly ReplayStep[];
  /**
   * The time zone of the parcel's payer calendar, from its coverage anywhere in the recorded
   * history (also when `asOf` stops before it); null for a parcel never insured.
   */
  readonly payerZone: string | null;
  /** The state after the last step (the initial state when there is none). */
  readonly state: ParcelState;
  /** Every violation the invariant catalogue finds in the replayed events, with `index` -1 for the whole history. */
  readonly violations: readonly Violation[];
}

const unchanged = new Set(['$.commands', '$.lastEventAt']);

const included = (records: readonly ClaimRecord[], asOf: AsOf | undefined): readonly ClaimRecord[] => {
  if (asOf === undefined) return records;
  if ('revision' in asOf) return records.filter((record) => record.revision <= asOf.revision);
  const later = records.findIndex((record) => Date.parse(record.metadata.recordedAt) > Date.parse(asOf.at));
  return later === -1 ? records : records.slice(0, later);
};

/**
 * Replays one parcel's recorded history step by step: the state after each event, what changed,
 * the deadlines in force, the rules and policy clauses that allowed it, and the invariant
 * catalogue run over the whole replay. With `asOf`, only the events recorded up to that instant
 * (every event before the first one recorded later) or revision are replayed: the record as it
 * stood then.
 *
 * @example
 * const replay = replayParcel(await service.history(parcelId), { asOf: { revision: 7n } });
 * for (const step of replay.steps) console.log(step.revision, step.event.type, step.authority.labels);
 */
export const replayParcel = (records: readonly ClaimRecord[], options: ReplayOptions = {}): Replay => {
  const policies = policyBook(options.policies ?? [defaultPolicy]);
  const calendars = options.calendars ?? builtInCalendars;
  const replayed = included(records, options.asOf);
  const violations = checkHistory(
    replayed.map((record) => ({ event: record.event, actor: record.metadata.actor })),
    { policies, calendars },
  );
  let state = initialState;
  const steps = replayed.map((record, index): ReplayStep => {
    const before = state;
    state = evolve(before, record.event);
    return {
      revision: record.revision,
      position: record.position,
      eventId: record.eventId,
      commandId: record.metadata.commandId,
      recordedAt: record.metadata.recordedAt,
      actor: record.metadata.actor,
      event: record.event,
      summary: whatChanged(record.event),
      details: eventDetails(record.event),
      state,
      changes: stateChanges(before, state, '$', unchanged),
      deadlines: deadlinesInForce(state, record.event.data.at),
      authority: authorityOf(record.event, before, record.metadata.actor !== null, policies),
      violations: violations.filter((violation) => violation.index === index),
    };
  });
  const first = records[0];
  const insured = records.find((record) => record.event.type === 'InsurancePurchased');
  return {
    streamId: first?.streamId ?? null,
    parcelId: state.parcelId,
    asOf: options.asOf ?? null,
    recordedEvents: records.length,
    payerZone: insured?.event.type === 'InsurancePurchased' ? insured.event.data.payerCalendar.zone : null,
    steps,
    state,
    violations,
  };
};
