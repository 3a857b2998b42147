import type { ClaimEvent } from '@parcel-claims/core';

/** An event of a history, with the actor that caused it when known (recorded events carry it). */
export interface HistoryEntry {
  readonly event: ClaimEvent;
  /** As stored in event metadata: `{ role, id }`, or null when unknown. */
  readonly actor?: { readonly role: string; readonly id: string } | null;
}

/** Accepts bare events or entries with their actor. */
export const toEntries = (history: readonly (ClaimEvent | HistoryEntry)[]): readonly HistoryEntry[] =>
  history.map((item) => ('event' in item ? item : { event: item }));
