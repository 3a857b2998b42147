import {
  builtInCalendars,
  type CalendarRegistry,
  type ClaimEvent,
  type ClaimsDecider,
  claimsDecider,
  defaultPolicy,
  type ParcelState,
  type Policy,
  policyBook,
} from '@parcel-claims/core';
import fc from 'fast-check';
import { type Attempt, interpret } from './interpret.js';
import { arbPathIntents, type HistoryPath } from './paths.js';

/**
 * Which histories `arbHistory` generates: the story it leans towards, the policy, the parcel and the time
 * span.
 */
export interface HistoryOptions {
  /** The story to lean towards. Default `any`. */
  readonly path?: HistoryPath;
  /**
   * The policy coverages are bought under. It joins `defaultPolicy` in the decider's policy book
   * (unless it is that policy), so users property-test their own policy variants.
   */
  readonly policy?: Policy;
  readonly calendars?: CalendarRegistry;
  /** At most this many random steps are mixed into the path. Default 12. */
  readonly noise?: number;
  readonly parcelId?: string;
  /** Epoch milliseconds of the first step. Default 2026-01-05T02:00Z. */
  readonly start?: number;
  /** Epoch milliseconds no step goes past: steps that would are left out. Default: none. */
  readonly end?: number;
}

/** A reachable history and how it came about. */
export interface GeneratedHistory {
  /** The events, exactly as the decider wrote them: reachable by construction. */
  readonly events: readonly ClaimEvent[];
  /** Every command tried, accepted or rejected, in order. */
  readonly attempts: readonly Attempt[];
  /** The state after the history. */
  readonly state: ParcelState;
  /** The decider that produced it, to decide further commands against the same terms. */
  readonly decider: ClaimsDecider;
  readonly path: HistoryPath;
}

/** The decider a history is generated with: the given policy (and the default) and calendars. */
export const historyDecider = (options: HistoryOptions = {}): ClaimsDecider => {
  const policy = options.policy ?? defaultPolicy;
  const samePolicy = policy.id === defaultPolicy.id && policy.version === defaultPolicy.version;
  return claimsDecider({
    policies: policyBook(samePolicy ? [defaultPolicy] : [defaultPolicy, policy]),
    calendars: options.calendars ?? builtInCalendars,
  });
};

const describeHistory = (history: Omit<GeneratedHistory, 'decider'>): string =>
  [
    `history (${history.path}, ${history.events.length} events):`,
    ...history.attempts.map(({ command, outcome }) =>
      outcome.kind === 'accepted'
        ? `  ${command.data.now} ${command.type} → ${outcome.events.map((e) => e.type).join(', ') || '(nothing)'}`
        : `  ${command.data.now} ${command.type} ✗ ${outcome.rejection.code}`,
    ),
  ].join('\n');

/**
 * Realistic, reachable claim histories for one parcel: generated steps are turned into commands
 * and run through `decide`; rejected commands leave no trace. Histories shrink (fewer random
 * steps, shorter delays, simpler choices), and a failing property prints them as the list of
 * commands tried with their outcomes.
 *
 * @example
 * fc.assert(fc.property(arbHistory({ path: 'happy-payout' }), (h) => checkHistory(h.events).length === 0));
 */
export const arbHistory = (options: HistoryOptions = {}): fc.Arbitrary<GeneratedHistory> => {
  const path = options.path ?? 'any';
  const decider = historyDecider(options);
  const policy = options.policy ?? defaultPolicy;
  const setup = {
    decider,
    parcelId: options.parcelId ?? 'parcel-1',
    policy: { id: policy.id, version: policy.version },
    start: options.start ?? Date.UTC(2026, 0, 5, 2),
    ...(options.end === undefined ? {} : { end: options.end }),
  };
  return arbPathIntents(path, options.noise ?? 12).map((intents) => {
    const { events, attempts, state } = interpret(intents, setup);
    const history = { events, attempts, state, path };
    return { ...history, decider, [fc.toStringMethod]: () => describeHistory(history) };
  });
};
