import { appendBatchesFunction } from './append-batches-function.js';
import type { Migration } from './migration.js';

/**
 * Version 5: the hash format each event was sealed with (`RecordedMetadata.hashVersion`), in a
 * column whose default, 1, is what every event written before it was sealed with; `append_batches`
 * writes each event's own. A column with a constant default is added without rewriting the table
 * (PostgreSQL 11 and later), so the step is quick on a large one. `append_events`, kept for
 * writers of earlier versions, is left as it is: those writers seal in format 1 alone, which the
 * default records.
 */
export const hashVersionMigration: Migration = {
  version: 5,
  name: 'hash format versions',
  statements: (names) => [
    `ALTER TABLE ${names.qualified('events')} ADD COLUMN hash_version smallint NOT NULL DEFAULT 1`,
    appendBatchesFunction(names, 5),
  ],
};
