import type { CurrentState, StoredEvent } from './stored-event.js';

/** How the stand-in answered an append, delete or tombstone. */
export type WriteOutcome =
  /** `last` is the last event written, or the last of the earlier identical write; undefined when none. */
  | {
      readonly kind: 'written' | 'idempotent';
      readonly current: CurrentState;
      readonly last: StoredEvent | undefined;
    }
  | { readonly kind: 'wrong-expected-version'; readonly current: CurrentState }
  | { readonly kind: 'stream-deleted' };
