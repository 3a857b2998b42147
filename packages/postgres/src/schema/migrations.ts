import { checkpointMigration } from './checkpoint-migration.js';
import { commandDigestMigration } from './command-digest-migration.js';
import { eventLogMigration } from './event-log-migration.js';
import { groupedAppendMigration } from './grouped-append-migration.js';
import { hashVersionMigration } from './hash-version-migration.js';
import { merkleTreeMigration } from './merkle-tree-migration.js';
import type { Migration } from './migration.js';
import { projectionPartitionsMigration } from './projection-partitions-migration.js';

/** Every migration, in the order they apply. A new step is appended here with the next version. */
export const migrations: readonly Migration[] = [
  eventLogMigration,
  checkpointMigration,
  groupedAppendMigration,
  commandDigestMigration,
  hashVersionMigration,
  merkleTreeMigration,
  projectionPartitionsMigration,
];
