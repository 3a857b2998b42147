import type { ReadAllOptions, RecordedEvent } from '@parcel-claims/eventsourcing';
import type { SchemaNames } from '../schema/schema-names.js';
import type { SqlExecutor } from '../sql-executor.js';
import { eventColumns, recordedEventOf } from './recorded-event-row.js';

const defaultBatchSize = 512;

/**
 * The global log after `after`, as batches of at most `batchSize`, one query each. Every event
 * a query returns was committed before any event with a higher position could be (see
 * docs/adr/0005-postgres-global-order.md), so reading by position misses nothing.
 */
export async function* readAll(
  executor: SqlExecutor,
  names: SchemaNames,
  options: ReadAllOptions = {},
): AsyncGenerator<readonly RecordedEvent[]> {
  const size = Math.max(1, Math.floor(options.batchSize ?? defaultBatchSize) || 1);
  let after = options.after ?? 0n;
  for (;;) {
    const { rows } = await executor.query(
      `SELECT ${eventColumns} FROM ${names.qualified('events')} e
        WHERE e.position > $1::bigint ORDER BY e.position LIMIT $2::integer`,
      [after.toString(), size],
    );
    const batch = rows.map(recordedEventOf);
    const last = batch[batch.length - 1];
    if (last === undefined) return;
    yield batch;
    if (batch.length < size) return;
    after = last.position;
  }
}
