import type { RecordedEvent } from '@parcel-claims/eventsourcing';
import { bigintField } from '../rows/row-fields.js';
import type { SchemaNames } from '../schema/schema-names.js';
import type { SqlExecutor } from '../sql-executor.js';
import { eventColumns, recordedEventOf } from './recorded-event-row.js';

/** The next events of a subscription, and how far they take it. */
export interface LogPage {
  readonly events: readonly RecordedEvent[];
  /**
   * The position the subscription has passed: the last event read if the page is full, else the
   * end of the log, events filtered out included, as one snapshot saw it.
   */
  readonly passed: bigint;
}

/**
 * The events after `after` whose stream starts with `prefix`, and the end of the log, from one
 * statement (one snapshot): the end cannot include an event the page missed.
 */
export const readLogPage = async (
  executor: SqlExecutor,
  names: SchemaNames,
  after: bigint,
  prefix: string,
  size: number,
): Promise<LogPage> => {
  const events = names.qualified('events');
  const { rows } = await executor.query(
    `SELECT h.last_position::text AS last_position, page.*
       FROM (SELECT coalesce(max(position), 0) AS last_position FROM ${events}) h
       LEFT JOIN LATERAL (
         SELECT ${eventColumns} FROM ${events} e
          WHERE e.position > $1::bigint AND starts_with(e.stream_id, $2::text)
          ORDER BY e.position LIMIT $3::integer
       ) page ON true
      ORDER BY page.position::bigint`,
    [after.toString(), prefix, size],
  );
  const [first] = rows;
  if (first === undefined) return { events: [], passed: after };
  const read = rows.filter((row) => row.event_id !== null).map(recordedEventOf);
  const last = read[read.length - 1];
  if (read.length >= size && last !== undefined) return { events: read, passed: last.position };
  const end = bigintField(first, 'last_position');
  return { events: read, passed: end > after ? end : after };
};
