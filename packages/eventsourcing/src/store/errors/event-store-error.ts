import type { DuplicateEventIds } from './duplicate-event-ids.js';
import type { InvalidEventData } from './invalid-event-data.js';
import type { InvalidStreamId } from './invalid-stream-id.js';
import type { StoreUnavailable } from './store-unavailable.js';
import type { StreamNotFound } from './stream-not-found.js';
import type { VersionConflict } from './version-conflict.js';

/** Every error an `EventStore` rejects with. */
export type EventStoreError =
  | VersionConflict
  | StreamNotFound
  | DuplicateEventIds
  | InvalidEventData
  | InvalidStreamId
  | StoreUnavailable;
