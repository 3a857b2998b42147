import type { SqlExecutor } from '@parcel-claims/postgres';
import type { SqlBatch } from './sql-batch.js';

/**
 * A claim read model kept in PostgreSQL (or PGlite) tables of one schema: the rows of its pure
 * definition, written a batch at a time inside the sink's transaction.
 */
export interface SqlClaimReadModel {
  /** The schema its tables live in. */
  readonly schema: string;
  /** Creates the schema and tables if missing; safe to call at every start, from many processes. */
  readonly createTables: (executor: SqlExecutor) => Promise<void>;
  /**
   * How it takes in a batch of events: the rows it reads, and the pure fold of the events over
   * them into the rows to write back (see `sqlClaimSink`, which runs it).
   */
  readonly batch: SqlBatch;
  /** Empties its tables with `tx`. */
  readonly reset: (tx: SqlExecutor) => Promise<void>;
}
