import type { SqlExecutor } from '@parcel-claims/postgres';
import type { ClaimEventRecord } from '../record/claim-event-record.js';

/**
 * A claim read model kept in PostgreSQL (or PGlite) tables of one schema: the same answers as
 * its pure definition, written event by event inside the sink's transaction.
 */
export interface SqlClaimReadModel {
  /** The schema its tables live in. */
  readonly schema: string;
  /** Creates the schema and tables if missing; safe to call at every start, from many processes. */
  readonly createTables: (executor: SqlExecutor) => Promise<void>;
  /** Writes one event's effect with `tx`, the sink's transaction. */
  readonly apply: (tx: SqlExecutor, record: ClaimEventRecord) => Promise<void>;
  /** Empties its tables with `tx`. */
  readonly reset: (tx: SqlExecutor) => Promise<void>;
}
