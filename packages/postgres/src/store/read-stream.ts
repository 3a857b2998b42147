import type { ReadStreamOptions, RecordedEvent, RecordedText } from '@parcel-claims/eventsourcing';
import type { SchemaNames } from '../schema/schema-names.js';
import type { SqlExecutor, SqlRow } from '../sql-executor.js';
import { eventColumns, recordedEventOf, recordedTextOf } from './recorded-event-row.js';
import type { KnownHead, StreamHeads } from './stream-heads.js';

const lastRevision = '9223372036854775807';

/** `maxCount` as a LIMIT parameter: NULL (no limit) when absent or infinite, never negative. */
const limitOf = (maxCount: number | undefined): string | null =>
  maxCount === undefined || maxCount === Number.POSITIVE_INFINITY
    ? null
    : String(Math.max(0, Math.floor(maxCount) || 0));

/** The head a read proves, if it read up to the end of the stream. */
const headShown = (events: readonly RecordedEvent[], options: ReadStreamOptions): KnownHead | undefined => {
  const fullForwards = options.direction !== 'backwards' && options.maxCount === undefined;
  const fromTheEnd = options.direction === 'backwards' && options.from === undefined;
  if (fullForwards && (options.from === undefined || options.from <= 0n) && events.length === 0) return null;
  const head = fullForwards ? events[events.length - 1] : fromTheEnd ? events[0] : undefined;
  return head === undefined ? undefined : { revision: head.revision, hash: head.metadata.hash };
};

const selectStream = async (
  executor: SqlExecutor,
  names: SchemaNames,
  streamId: string,
  options: ReadStreamOptions,
): Promise<readonly SqlRow[]> => {
  const backwards = options.direction === 'backwards';
  const { rows } = await executor.query(
    backwards
      ? `SELECT ${eventColumns} FROM ${names.qualified('events')} e
          WHERE e.stream_id = $1::text AND e.revision <= $2::bigint
          ORDER BY e.revision DESC LIMIT $3::bigint`
      : `SELECT ${eventColumns} FROM ${names.qualified('events')} e
          WHERE e.stream_id = $1::text AND e.revision >= $2::bigint
          ORDER BY e.revision LIMIT $3::bigint`,
    [
      streamId,
      options.from === undefined ? (backwards ? lastRevision : '0') : options.from.toString(),
      limitOf(options.maxCount),
    ],
  );
  return rows;
};

/** Reads one stream as `EventStore.readStream` does, and remembers the head when the read shows it. */
export const readStream = async (
  executor: SqlExecutor,
  names: SchemaNames,
  heads: StreamHeads,
  streamId: string,
  options: ReadStreamOptions = {},
): Promise<readonly RecordedEvent[]> => {
  const events = (await selectStream(executor, names, streamId, options)).map(recordedEventOf);
  const head = headShown(events, options);
  if (head !== undefined) heads.set(streamId, head);
  return events;
};

/** Reads one whole stream as `EventStore.readStreamText` does: the data as the text stored. */
export const readStreamText = async (
  executor: SqlExecutor,
  names: SchemaNames,
  streamId: string,
): Promise<readonly RecordedText[]> =>
  (await selectStream(executor, names, streamId, {})).map(recordedTextOf);
