import {
  builtInCalendars,
  type CalendarRegistry,
  type ClaimEvent,
  defaultPolicy,
  type PolicyBook,
  policyBook,
} from '@parcel-claims/core';
import { n3RecoveredWithinPaid, n4RepaidOnceAfterFound } from './after-payout-invariants.js';
import { r12CalendarLaws } from './calendar-invariants.js';
import { c1CoverageTerms, r3InsuredBeforeDispatch } from './coverage-invariants.js';
import {
  k1ClaimLifecycle,
  r7ApprovedWithinCap,
  r8PaidOnce,
  r9PayoutDueDate,
  r11TerminalStatesAbsorb,
} from './decision-invariants.js';
import { e1PayeeMatchesAcceptance, k2DecisionClock, k3Appeals } from './decision-step-invariants.js';
import {
  d1DocumentProvision,
  d2DocumentDeadlines,
  r6CompleteDossier,
  r10LapseForMissingDocuments,
} from './dossier-invariants.js';
import { type HistoryEntry, toEntries } from './history-entry.js';
import { r4InquiryWindow, r5OneOpenClaim } from './inquiry-invariants.js';
import type { Invariant, InvariantContext } from './invariant.js';
import {
  l1ShipmentLifecycle,
  p1PermittedActor,
  p2ParcelParty,
  r1DeterministicReplay,
  r2TimeMovesForward,
  s1OneParcel,
} from './timeline-invariants.js';
import type { Violation } from './violation.js';

/** Every rule of docs/rules.md as a check over a history, in the catalogue's order. */
export const invariantCatalogue: readonly Invariant[] = [
  r1DeterministicReplay,
  r2TimeMovesForward,
  r3InsuredBeforeDispatch,
  r4InquiryWindow,
  r5OneOpenClaim,
  r6CompleteDossier,
  r7ApprovedWithinCap,
  r8PaidOnce,
  r9PayoutDueDate,
  r10LapseForMissingDocuments,
  r11TerminalStatesAbsorb,
  r12CalendarLaws,
  p1PermittedActor,
  p2ParcelParty,
  s1OneParcel,
  l1ShipmentLifecycle,
  c1CoverageTerms,
  k1ClaimLifecycle,
  d1DocumentProvision,
  d2DocumentDeadlines,
  n3RecoveredWithinPaid,
  n4RepaidOnceAfterFound,
  k2DecisionClock,
  k3Appeals,
  e1PayeeMatchesAcceptance,
];

/**
 * What `checkHistory` checks a history with: the policy versions and calendars it may name, and which
 * invariants.
 */
export interface CheckOptions {
  /** Every policy version the history may name. Default: `defaultPolicy`. */
  readonly policies?: PolicyBook;
  readonly calendars?: CalendarRegistry;
  /** Only these invariants. Default: the whole catalogue. */
  readonly invariants?: readonly Invariant[];
}

/**
 * Runs the invariant catalogue over one parcel's history (bare events, or entries with their
 * actor) and returns every violation found, in catalogue order. An empty list means the history
 * keeps every rule. Use it in property tests, or over real stored histories for audit.
 *
 * @example
 * const violations = checkHistory(history.map((r) => ({ event: r.event, actor: r.metadata.actor })));
 * for (const v of violations) console.log(`${v.rule} at #${v.index}: ${v.message}`);
 */
export const checkHistory = (
  history: readonly (ClaimEvent | HistoryEntry)[],
  options: CheckOptions = {},
): readonly Violation[] => {
  const context: InvariantContext = {
    policies: options.policies ?? policyBook([defaultPolicy]),
    calendars: options.calendars ?? builtInCalendars,
  };
  const entries = toEntries(history);
  return (options.invariants ?? invariantCatalogue).flatMap((invariant) => invariant.check(entries, context));
};
