import { EventHandlerFailed, type ProjectionSink, type RecordedEvent } from '@parcel-claims/eventsourcing';
import { type SqlExecutor, sqlProjectionSink } from '@parcel-claims/postgres';
import { UnexpectedClaimEvent } from '../per-claim/unexpected-claim-event.js';
import type { ClaimEventRecord } from '../record/claim-event-record.js';
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
 * (exactly once). A batch is written at once: the rows its events touch are read, the events
 * folded over them in memory and the changed rows written back, a few statements per table
 * whatever the batch's size. An event that does not decode, or that the read model cannot place,
 * fails its handler (`EventHandlerFailed` naming it, nothing of the batch written), so the
 * runner stops at it or parks it.
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

  const applyBatch = async (tx: SqlExecutor, events: readonly RecordedEvent[]): Promise<void> => {
    const records: ClaimEventRecord[] = [];
    let undecodable: EventHandlerFailed | undefined;
    for (const event of events) {
      try {
        records.push(decodeClaimRecord(event, decode));
      } catch (cause) {
        undecodable = new EventHandlerFailed({ event, cause });
        break;
      }
    }
    try {
      await model.applyAll(tx, records);
    } catch (error) {
      const placed =
        error instanceof UnexpectedClaimEvent
          ? events.find((event) => event.position === error.position && event.streamId === error.streamId)
          : undefined;
      throw placed === undefined ? error : new EventHandlerFailed({ event: placed, cause: error });
    }
    // The events before an undecodable one come first: one of them may fail before it.
    if (undecodable !== undefined) throw undecodable;
  };

  return sqlProjectionSink({
    executor: options.executor,
    schema: options.checkpointSchema ?? model.schema,
    name: options.name,
    applyBatch,
    reset: (tx) => model.reset(tx),
  });
};
