import type { ProjectionSink } from '@parcel-claims/eventsourcing';
import { type SqlExecutor, sqlProjectionsSink } from '@parcel-claims/postgres';
import type { ClaimEventDecoder } from '../record/decode-claim-record.js';
import { claimBatchWriter, type NamedSqlClaimReadModel } from './claim-batch-writer.js';

/** What `sqlClaimReadModelsSink` needs. */
export interface SqlClaimReadModelsSinkOptions {
  readonly executor: SqlExecutor;
  /** The read models, names differing. */
  readonly models: readonly [NamedSqlClaimReadModel, ...NamedSqlClaimReadModel[]];
  /** Where `migrate` put `projection_checkpoints`; default: the first read model's schema. */
  readonly checkpointSchema?: string;
  readonly decode?: ClaimEventDecoder;
}

/**
 * One sink for several claim read models in SQL, for one runner to keep them together: the log
 * is read and each event decoded once, and each batch is written to every read model with their
 * checkpoints in one transaction, the rows of all of them read in one statement and written in
 * another. Each read model keeps its own checkpoint, the one a `sqlClaimSink` of the same name
 * keeps, so they may be run together or apart; an event the runner parks is passed by all of them.
 *
 * @example
 * const models = sqlClaimReadModels({ schema: 'claims' });
 * const sink = sqlClaimReadModelsSink({
 *   executor,
 *   models: [
 *     { name: 'claims-board', model: models['claims-board'] },
 *     { name: 'payout-sla-watch', model: models['payout-sla-watch'] },
 *   ],
 * });
 * await projectionRunner({ store, sink, name: 'claim-read-models', filter: { streamPrefix: 'parcel-' } }).rebuild();
 */
export const sqlClaimReadModelsSink = (options: SqlClaimReadModelsSinkOptions): ProjectionSink => {
  const { models } = options;
  return sqlProjectionsSink({
    executor: options.executor,
    schema: options.checkpointSchema ?? models[0].model.schema,
    names: models.map(({ name }) => name),
    applyBatch: claimBatchWriter(models, options.decode),
    reset: async (tx) => {
      for (const { model } of models) await model.reset(tx);
    },
  });
};
