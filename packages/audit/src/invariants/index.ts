export { n3RecoveredWithinPaid, n4RepaidOnceAfterFound } from './after-payout-invariants.js';
export { r12CalendarLaws } from './calendar-invariants.js';
export { type CheckOptions, checkHistory, invariantCatalogue } from './catalogue.js';
export { c1CoverageTerms, r3InsuredBeforeDispatch } from './coverage-invariants.js';
export {
  k1ClaimLifecycle,
  r7ApprovedWithinCap,
  r8PaidOnce,
  r9PayoutDueDate,
  r11TerminalStatesAbsorb,
} from './decision-invariants.js';
export { e1PayeeMatchesAcceptance, k2DecisionClock, k3Appeals } from './decision-step-invariants.js';
export {
  d1DocumentProvision,
  d2DocumentDeadlines,
  r6CompleteDossier,
  r10LapseForMissingDocuments,
} from './dossier-invariants.js';
export type { HistoryEntry } from './history-entry.js';
export { r4InquiryWindow, r5OneOpenClaim } from './inquiry-invariants.js';
export type { Invariant, InvariantContext } from './invariant.js';
export {
  l1ShipmentLifecycle,
  p1PermittedActor,
  p2ParcelParty,
  r1DeterministicReplay,
  r2TimeMovesForward,
  s1OneParcel,
} from './timeline-invariants.js';
export type { Violation } from './violation.js';
