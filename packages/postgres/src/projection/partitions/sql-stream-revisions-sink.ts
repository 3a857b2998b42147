import type { RecordedEvent } from '@parcel-claims/eventsourcing';
import { bigintField, textField } from '../../rows/row-fields.js';
import { schemaNames } from '../../schema/schema-names.js';
import type { SqlExecutor } from '../../sql-executor.js';
import type { SqlProjectionsSinkOptions } from '../sql-projections-sink.js';

/** What became of each event handed to a `sqlStreamRevisionsSink`. */
export interface StreamRevisionsOutcome {
  /** Applied now, each stream in revision order. */
  readonly applied: readonly RecordedEvent[];
  /** Applied before (a redelivery): nothing done. */
  readonly already: readonly RecordedEvent[];
  /** Ahead of its stream (an earlier revision is not applied yet): not applied; deliver it again later. */
  readonly early: readonly RecordedEvent[];
}

/** Applies events that may come twice or out of order, exactly once each and each stream in order. */
export interface StreamRevisionsSink {
  /** Applies the events not applied yet, in one transaction; says which were applied, skipped or put off. */
  readonly apply: (events: readonly RecordedEvent[]) => Promise<StreamRevisionsOutcome>;
}

/** What `sqlStreamRevisionsSink` needs. */
export interface SqlStreamRevisionsSinkOptions {
  readonly executor: SqlExecutor;
  /** The schema `migrate` prepared (it holds `projection_stream_revisions`); default `parcel_claims`. */
  readonly schema?: string;
  /** The projection: the key its streams' revisions are kept under. */
  readonly projection: string;
  readonly names: readonly string[];
  /** Writes the read-model rows of a batch, in the transaction that records the streams' revisions. */
  readonly applyBatch: SqlProjectionsSinkOptions['applyBatch'];
}

const byStreamOrder = (a: RecordedEvent, b: RecordedEvent): number =>
  a.streamId < b.streamId
    ? -1
    : a.streamId > b.streamId
      ? 1
      : a.revision < b.revision
        ? -1
        : a.revision > b.revision
          ? 1
          : 0;

/**
 * A sink for read models in SQL fed by a broker that delivers each stream's events to one
 * consumer at a time but may deliver again, or out of order across a retry (a persistent
 * subscription). It keeps, per stream, the last revision applied, in the same transaction as the
 * read models' rows (its rows locked for the transaction): an event at or below it is passed, the
 * next revision is applied, one beyond it is left for later. So each event takes effect exactly
 * once, and each stream's events in order, whoever delivers them.
 *
 * @example
 * const sink = sqlStreamRevisionsSink({ executor, projection: 'claim-read-models', ...writer });
 * const { applied, already, early } = await sink.apply(events); // ack applied and already; retry early
 */
export const sqlStreamRevisionsSink = (options: SqlStreamRevisionsSinkOptions): StreamRevisionsSink => {
  const table = schemaNames(options.schema).qualified('projection_stream_revisions');
  return {
    apply: (events) =>
      options.executor.transaction(async (tx) => {
        const streams = JSON.stringify([...new Set(events.map((event) => event.streamId))]);
        await tx.query(
          `INSERT INTO ${table} (projection, stream_id, revision)
           SELECT $1::text, json_array_elements_text($2::json), -1 ON CONFLICT DO NOTHING`,
          [options.projection, streams],
        );
        const { rows } = await tx.query(
          `SELECT stream_id, revision::text AS revision FROM ${table}
            WHERE projection = $1::text AND stream_id = ANY (ARRAY(SELECT json_array_elements_text($2::json)))
            ORDER BY stream_id FOR UPDATE`,
          [options.projection, streams],
        );
        const last = new Map(rows.map((row) => [textField(row, 'stream_id'), bigintField(row, 'revision')]));
        const applied: RecordedEvent[] = [];
        const already: RecordedEvent[] = [];
        const early: RecordedEvent[] = [];
        const seen = new Set<string>();
        for (const event of [...events].sort(byStreamOrder)) {
          const at = last.get(event.streamId) ?? -1n;
          if (event.revision <= at || seen.has(event.eventId)) already.push(event);
          else if (event.revision === at + 1n) {
            applied.push(event);
            last.set(event.streamId, event.revision);
          } else early.push(event);
          seen.add(event.eventId);
        }
        if (applied.length === 0) return { applied, already, early };
        const inLogOrder = [...applied].sort((a, b) => (a.position < b.position ? -1 : 1));
        await options.applyBatch(
          tx,
          options.names.map((name) => ({ name, events: inLogOrder })),
        );
        const moved = [...new Set(applied.map((event) => event.streamId))].map((streamId) => [
          streamId,
          (last.get(streamId) ?? -1n).toString(),
        ]);
        await tx.query(
          `UPDATE ${table} r SET revision = m.revision::bigint
             FROM json_array_elements($2::json) e, LATERAL (SELECT e->>0 AS stream_id, e->>1 AS revision) m
            WHERE r.projection = $1::text AND r.stream_id = m.stream_id`,
          [options.projection, JSON.stringify(moved)],
        );
        return { applied: inLogOrder, already, early };
      }),
  };
};
