import type { SqlExecutor } from '@parcel-claims/postgres';
import type { ClaimEventRecord } from '../record/claim-event-record.js';

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
   * Writes a batch of events' effect with `tx`, the sink's transaction: reads the rows the events
   * touch once, folds the events over them with the pure read model's rules, writes the changed
   * rows back once. An event the read model cannot place throws `UnexpectedClaimEvent` naming it.
   */
  readonly applyAll: (tx: SqlExecutor, records: readonly ClaimEventRecord[]) => Promise<void>;
  /** Empties its tables with `tx`. */
  readonly reset: (tx: SqlExecutor) => Promise<void>;
}
