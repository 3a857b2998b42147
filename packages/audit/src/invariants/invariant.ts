import type { CalendarRegistry, PolicyBook, RuleId } from '@parcel-claims/core';
import type { HistoryEntry } from './history-entry.js';
import type { Violation } from './violation.js';

/** The terms a history was decided under: the service's policy book and calendars. */
export interface InvariantContext {
  readonly policies: PolicyBook;
  readonly calendars: CalendarRegistry;
}

/** One rule of the catalogue as a check over a whole history. */
export interface Invariant {
  readonly rule: RuleId;
  /** What the rule says, in one line. */
  readonly statement: string;
  /** The violations of this invariant in a history; none when it holds. */
  readonly check: (history: readonly HistoryEntry[], context: InvariantContext) => readonly Violation[];
}
