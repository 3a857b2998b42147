import { appendBatchesFunction } from './append-batches-function.js';
import type { Migration } from './migration.js';

/**
 * Version 3: `append_batches`, several appends in one transaction, for group commit. It takes the
 * same append lock as `append_events`, which stays for stores of earlier versions still writing
 * to the same schema: both kinds of writer hand out positions in commit order together.
 */
export const groupedAppendMigration: Migration = {
  version: 3,
  name: 'grouped appends',
  statements: (names) => [appendBatchesFunction(names, 3)],
};
