import type { PendingEvents, SqlExecutor } from '@parcel-claims/postgres';
import type { ClaimEventDecoder } from '../record/decode-claim-record.js';
import { claimBatchWriter, type NamedSqlClaimReadModel } from './claim-batch-writer.js';

/** The read models' names and the writer of their batches, as a shared projection's workers take them. */
export interface SqlClaimReadModelsWriter {
  readonly names: readonly string[];
  /** Writes a batch's rows of every read model in the transaction `tx`. */
  readonly applyBatch: (tx: SqlExecutor, pending: readonly PendingEvents[]) => Promise<void>;
}

/**
 * What `partitionedProjectionWorker` (from `@parcel-claims/postgres`) needs to keep claim read
 * models: their names and a writer of a batch to all of them, the rows of its parcels read in one
 * statement and written in another, inside the worker's transaction.
 *
 * @example
 * const models = sqlClaimReadModels({ schema: 'claims' });
 * const writer = sqlClaimReadModelsWriter({ models: [{ name: 'claims-board', model: models['claims-board'] }] });
 * const worker = partitionedProjectionWorker({
 *   executor, schema: 'claims', projection: 'claim-read-models', partitions: 16,
 *   worker: `${hostname()}-${process.pid}`, streamPrefix: 'parcel-', ...writer,
 * });
 * await worker.start();
 */
export const sqlClaimReadModelsWriter = (options: {
  readonly models: readonly [NamedSqlClaimReadModel, ...NamedSqlClaimReadModel[]];
  readonly decode?: ClaimEventDecoder;
}): SqlClaimReadModelsWriter => ({
  names: options.models.map(({ name }) => name),
  applyBatch: claimBatchWriter(options.models, options.decode),
});
