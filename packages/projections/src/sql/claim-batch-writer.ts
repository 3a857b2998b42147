import { EventHandlerFailed, type RecordedEvent } from '@parcel-claims/eventsourcing';
import type { PendingEvents, SqlExecutor } from '@parcel-claims/postgres';
import { UnexpectedClaimEvent } from '../per-claim/unexpected-claim-event.js';
import type { ClaimEventRecord } from '../record/claim-event-record.js';
import { type ClaimEventDecoder, decodeClaimRecord } from '../record/decode-claim-record.js';
import { readTables, type TableWrite, writeTables } from './sql-batch.js';
import type { SqlClaimReadModel } from './sql-claim-read-model.js';

/** A claim read model in SQL and the name its checkpoint is kept under. */
export interface NamedSqlClaimReadModel {
  readonly name: string;
  readonly model: SqlClaimReadModel;
}

/** A failure that names its event, and where that event stands in the log. */
interface Blamed {
  readonly position: bigint;
  readonly failure: EventHandlerFailed;
}

const earlier = (a: Blamed | undefined, b: Blamed): Blamed =>
  a === undefined || b.position < a.position ? b : a;

/**
 * Writes a batch to claim read models in SQL: each event decoded once, the rows of the batch's
 * parcels read for every read model in one statement, each read model's pending events folded
 * over its rows in memory, and the changed rows of every read model written in one statement.
 * An event that does not decode, or that a read model cannot place, is named in
 * `EventHandlerFailed` (the earliest in the log if several fail) before anything is written.
 */
export const claimBatchWriter = (
  models: readonly NamedSqlClaimReadModel[],
  decode?: ClaimEventDecoder,
): ((tx: SqlExecutor, pending: readonly PendingEvents[]) => Promise<void>) => {
  const byName = new Map(models.map(({ name, model }) => [name, model]));
  return async (tx, pending) => {
    const decoded = new Map<RecordedEvent, ClaimEventRecord>();
    let blamed: Blamed | undefined;
    const recordsOf = (events: readonly RecordedEvent[]): readonly ClaimEventRecord[] => {
      const records: ClaimEventRecord[] = [];
      for (const event of events) {
        try {
          const record = decoded.get(event) ?? decodeClaimRecord(event, decode);
          decoded.set(event, record);
          records.push(record);
        } catch (cause) {
          blamed = earlier(blamed, {
            position: event.position,
            failure: new EventHandlerFailed({ event, cause }),
          });
          break;
        }
      }
      return records;
    };
    const parts = pending.flatMap(({ name, events }) => {
      const model = byName.get(name);
      return model === undefined ? [] : [{ batch: model.batch, events, records: recordsOf(events) }];
    });
    const streamIds = [...new Set(parts.flatMap(({ records }) => records.map((record) => record.streamId)))];
    if (streamIds.length > 0) {
      const read = await readTables(
        tx,
        parts.flatMap(({ batch }) => batch.reads),
        streamIds,
      );
      let offset = 0;
      const writes: TableWrite[] = [];
      for (const { batch, events, records } of parts) {
        const own = read.slice(offset, offset + batch.reads.length);
        offset += batch.reads.length;
        try {
          writes.push(...batch.fold(own, records));
        } catch (error) {
          const event =
            error instanceof UnexpectedClaimEvent
              ? events.find(
                  (candidate) =>
                    candidate.position === error.position && candidate.streamId === error.streamId,
                )
              : undefined;
          if (event === undefined) throw error;
          blamed = earlier(blamed, {
            position: event.position,
            failure: new EventHandlerFailed({ event, cause: error }),
          });
        }
      }
      if (blamed === undefined) await writeTables(tx, writes);
    }
    if (blamed !== undefined) throw blamed.failure;
  };
};
