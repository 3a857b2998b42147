export {
  type EventStoreDbCheckpointStore,
  type EventStoreDbCheckpointStoreOptions,
  eventStoreDbCheckpointStore,
} from './checkpoints/checkpoint-store.js';
export {
  fromCurrentRevision,
  fromExpectedRevision,
  toExpectedRevision,
  versionConflictFrom,
} from './client/expected-revision.js';
export type { ConnectionOptions } from './connection/connection-options.js';
export { clientFor, eventStoreDbClient } from './connection/event-store-db-client.js';
export { maskEventStoreDbUrl } from './connection/mask-event-store-db-url.js';
export {
  type EventStoreDbConnection,
  type EventStoreDbTarget,
  parseEventStoreDbUrl,
} from './connection/parse-event-store-db-url.js';
export { CheckpointConflict } from './errors/checkpoint-conflict.js';
export { StreamDeleted } from './errors/stream-deleted.js';
export { UnreadableEvent } from './errors/unreadable-event.js';
export { type OpenedEventStoreDbStore, openEventStoreDbStore } from './open-event-store-db-store.js';
export {
  type PersistentProjectionWorker,
  type PersistentProjectionWorkerOptions,
  persistentProjectionWorker,
} from './persistent/persistent-projection-worker.js';
export {
  type EventStoreDbStore,
  type EventStoreDbStoreOptions,
  eventStoreDbStore,
} from './store/event-store-db-store.js';
export type { RetrySettings } from './store/retry-settings.js';
