import { appendBatchesFunction } from './append-batches-function.js';
import type { Migration } from './migration.js';

/**
 * Version 4: each event's command digest (`EventMetadata.commandDigest`), in a column that is
 * null on the events written before it, and `append_batches` writing it. Adding a nullable column
 * without a default rewrites nothing, so the step is quick on a large table; `append_events`,
 * kept for writers of earlier versions, goes on writing none.
 */
export const commandDigestMigration: Migration = {
  version: 4,
  name: 'command digests',
  statements: (names) => [
    `ALTER TABLE ${names.qualified('events')} ADD COLUMN command_digest text`,
    appendBatchesFunction(names, 4),
  ],
};
