import type { ProjectionSink } from '@parcel-claims/eventsourcing';
import { type SqlExecutor, sqlProjectionsSink } from '@parcel-claims/postgres';
import type { ClaimEventDecoder } from '../record/decode-claim-record.js';
import { claimBatchWriter } from './claim-batch-writer.js';
import type { SqlClaimReadModel } from './sql-claim-read-model.js';

/** What `sqlClaimSink` needs: where to write, which read model, and the checkpoint's name. */
export interface SqlClaimSinkOptions {
  readonly executor: SqlExecutor;
  readonly model: SqlClaimReadModel;
  /** The projection's name: the key of its checkpoint. */
  readonly name: string;
  /** Where `migrate` put `projection_checkpoints`; default: the read model's schema. */
  readonly checkpointSchema?: string;
  readonly decode?: ClaimEventDecoder;
}

/**
 * A sink that keeps a claim read model in SQL, each batch and its checkpoint in one transaction
 * (exactly once). A batch is written at once: the rows of its parcels are read in one statement,
 * the events folded over them in memory with the pure read model's rules, and the changed rows
 * written back in one statement, whatever the batch's size. An event that does not decode, or
 * that the read model cannot place, fails its handler (`EventHandlerFailed` naming it, nothing
 * of the batch written), so the runner stops at it or parks it.
 *
 * @example
 * const board = sqlClaimsBoard({ schema: 'claims' });
 * await board.createTables(executor);
 * const sink = sqlClaimSink({ executor, model: board, name: 'claims-board' });
 * await projectionRunner({ store, sink, name: 'claims-board', filter: { streamPrefix: 'parcel-' } }).catchUp();
 * await board.listClaims(executor, { status: 'accepted' });
 */
export const sqlClaimSink = (options: SqlClaimSinkOptions): ProjectionSink => {
  const { model, name } = options;
  return sqlProjectionsSink({
    executor: options.executor,
    schema: options.checkpointSchema ?? model.schema,
    names: [name],
    applyBatch: claimBatchWriter([{ name, model }], options.decode),
    reset: (tx) => model.reset(tx),
  });
};
