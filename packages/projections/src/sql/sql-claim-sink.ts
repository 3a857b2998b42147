import type { ProjectionSink } from '@parcel-claims/eventsourcing';
import { type SqlExecutor, sqlProjectionSink } from '@parcel-claims/postgres';
import { type ClaimEventDecoder, decodeClaimRecord } from '../record/decode-claim-record.js';
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
 * (exactly once). An event that does not decode, or that the read model cannot place, fails its
 * handler, so the runner stops at it or parks it.
 *
 * @example
 * const board = sqlClaimsBoard({ schema: 'claims' });
 * await board.createTables(executor);
 * const sink = sqlClaimSink({ executor, model: board, name: 'claims-board' });
 * await projectionRunner({ store, sink, name: 'claims-board', filter: { streamPrefix: 'parcel-' } }).catchUp();
 * await board.listClaims(executor, { status: 'accepted' });
 */
export const sqlClaimSink = (options: SqlClaimSinkOptions): ProjectionSink => {
  const { model, decode } = options;
  return sqlProjectionSink({
    executor: options.executor,
    schema: options.checkpointSchema ?? model.schema,
    name: options.name,
    apply: (tx, event) => model.apply(tx, decodeClaimRecord(event, decode)),
    reset: (tx) => model.reset(tx),
  });
};
