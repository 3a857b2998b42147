export { type PgExecutor, pgExecutor } from './executor/pg-executor.js';
export { type PGliteDatabase, pgliteExecutor } from './executor/pglite-executor.js';
export type { NotificationSource, StopListening } from './notifications/notification-source.js';
export { pgNotifications } from './notifications/pg-notifications.js';
export { pgliteNotifications } from './notifications/pglite-notifications.js';
export { maskUrl } from './open/mask-url.js';
export { NotAStoreDirectory } from './open/not-a-store-directory.js';
export { openPostgresStore } from './open/open-postgres-store.js';
export { OpenStoreFailed } from './open/open-store-failed.js';
export type { OpenedStore, OpenStoreOptions } from './open/opened-store.js';
export { type SslFileParameter, SslFileUnreadable } from './open/ssl-file-unreadable.js';
export { StoreInUse } from './open/store-in-use.js';
export { StoreNotFound } from './open/store-not-found.js';
export { PartitionCountMismatch } from './projection/partitions/partition-count-mismatch.js';
export { partitionedProjectionLag } from './projection/partitions/partitioned-projection-lag.js';
export {
  type PartitionedProjectionWorker,
  type PartitionedProjectionWorkerOptions,
  partitionedProjectionWorker,
  type WorkerBatch,
} from './projection/partitions/partitioned-projection-worker.js';
export {
  type SqlStreamRevisionsSinkOptions,
  type StreamRevisionsOutcome,
  type StreamRevisionsSink,
  sqlStreamRevisionsSink,
} from './projection/partitions/sql-stream-revisions-sink.js';
export { streamPartition } from './projection/partitions/stream-partition.js';
export { type SqlProjectionSinkOptions, sqlProjectionSink } from './projection/sql-projection-sink.js';
export {
  type PendingEvents,
  type SqlProjectionsSinkOptions,
  sqlProjectionsSink,
} from './projection/sql-projections-sink.js';
export { UnexpectedRow } from './rows/unexpected-row.js';
export { InvalidSchemaName } from './schema/invalid-schema-name.js';
export { type MigrateOptions, migrate } from './schema/migrate.js';
export type { Migration } from './schema/migration.js';
export { migrations } from './schema/migrations.js';
export { defaultSchema, type SchemaNames, schemaNames } from './schema/schema-names.js';
export type { SqlExecutor, SqlRow } from './sql-executor.js';
export {
  type PostgresEventStore,
  type PostgresEventStoreOptions,
  postgresEventStore,
} from './store/postgres-event-store.js';
