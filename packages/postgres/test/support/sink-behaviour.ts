import { EventHandlerFailed, type RecordedEvent } from '@parcel-claims/eventsourcing';
import { beforeAll, describe, expect, it } from 'vitest';
import { type SqlExecutor, schemaNames, sqlProjectionSink } from '../../src/index.js';
import { recordedEvent } from './recorded-event.js';

/** What the sink tests run against: an executor and a schema `migrate` prepared. */
export interface SinkUnderTest {
  readonly executor: SqlExecutor;
  readonly schema: string;
}

let sinks = 0;

/**
 * The SQL projection sink on one driver, registered as `describe(name, …)`. The read model counts
 * events per stream; a `Poison` event makes its handler throw, and an event of the stream `refused`
 * makes the database refuse the handler's write (a CHECK constraint).
 */
export const sinkBehaviour = (name: string, under: () => SinkUnderTest): void => {
  for (const mode of ['event by event', 'a batch at a time'] as const)
    describe(`${name}, writing ${mode}`, () => {
      let table = '';
      beforeAll(async () => {
        const { executor, schema } = under();
        table = schemaNames(schema).qualified('sink_counts');
        await executor.query(
          `CREATE TABLE IF NOT EXISTS ${table} (
          projection text NOT NULL,
          stream_id text NOT NULL CHECK (stream_id <> 'refused'),
          events integer NOT NULL,
          last_position bigint NOT NULL,
          PRIMARY KEY (projection, stream_id)
        )`,
        );
      });

      /** A sink with a name of its own, over the count table. */
      const countingSink = () => {
        const { executor, schema } = under();
        sinks += 1;
        const projection = `counts-${sinks}-${Math.random().toString(36).slice(2)}`;
        const reset = async (tx: SqlExecutor) => {
          await tx.query(`DELETE FROM ${table} WHERE projection = $1`, [projection]);
        };
        const sink =
          mode === 'event by event'
            ? sqlProjectionSink({
                executor,
                schema,
                name: projection,
                apply: async (tx, event) => {
                  if (event.type === 'Poison') throw new Error(`cannot count ${event.eventId}`);
                  await tx.query(
                    `INSERT INTO ${table} (projection, stream_id, events, last_position) VALUES ($1, $2, 1, $3)
                   ON CONFLICT (projection, stream_id)
                   DO UPDATE SET events = ${table}.events + 1, last_position = EXCLUDED.last_position`,
                    [projection, event.streamId, event.position.toString()],
                  );
                },
                reset,
              })
            : sqlProjectionSink({
                executor,
                schema,
                name: projection,
                // Counts the batch in memory and writes each stream's count with one statement; names
                // a poison event itself, and leaves a refused write to the sink to blame.
                applyBatch: async (tx, events) => {
                  const counted = new Map<string, { events: number; last_position: string }>();
                  for (const event of events) {
                    if (event.type === 'Poison')
                      throw new EventHandlerFailed({
                        event,
                        cause: new Error(`cannot count ${event.eventId}`),
                      });
                    const count = (counted.get(event.streamId)?.events ?? 0) + 1;
                    counted.set(event.streamId, { events: count, last_position: event.position.toString() });
                  }
                  await tx.query(
                    `INSERT INTO ${table} (projection, stream_id, events, last_position)
                   SELECT $1, x.stream_id, x.events, x.last_position
                   FROM json_to_recordset($2::json) AS x(stream_id text, events integer, last_position bigint)
                   ON CONFLICT (projection, stream_id)
                   DO UPDATE SET events = ${table}.events + EXCLUDED.events, last_position = EXCLUDED.last_position`,
                    [
                      projection,
                      JSON.stringify([...counted].map(([stream_id, count]) => ({ stream_id, ...count }))),
                    ],
                  );
                },
                reset,
              });
        const counts = async () =>
          (
            await executor.query(
              `SELECT stream_id, events FROM ${table} WHERE projection = $1 ORDER BY stream_id`,
              [projection],
            )
          ).rows;
        return { sink, counts, projection };
      };

      const failureOf = (work: Promise<void>): Promise<unknown> =>
        work.then(
          () => undefined,
          (error: unknown) => error,
        );

      it('starts at checkpoint 0 with an empty read model', async () => {
        const { sink, counts } = countingSink();
        expect(await sink.checkpoint()).toBe(0n);
        expect(await counts()).toEqual([]);
      });

      it('commits a batch’s read-model writes and its checkpoint together', async () => {
        const { sink, counts } = countingSink();
        await sink.apply([recordedEvent('a', 3n), recordedEvent('b', 5n), recordedEvent('a', 8n)], 9n);
        expect(await sink.checkpoint()).toBe(9n);
        expect(await counts()).toEqual([
          { stream_id: 'a', events: 2 },
          { stream_id: 'b', events: 1 },
        ]);
        await sink.apply([recordedEvent('b', 12n)], 12n);
        expect(await sink.checkpoint()).toBe(12n);
        expect(await counts()).toEqual([
          { stream_id: 'a', events: 2 },
          { stream_id: 'b', events: 2 },
        ]);
      });

      it('a handler that throws rolls back the whole batch and its checkpoint, naming the event', async () => {
        const { sink, counts } = countingSink();
        await sink.apply([recordedEvent('a', 1n)], 1n);
        const poison = recordedEvent('a', 3n, 'Poison');
        const failure = await failureOf(
          sink.apply([recordedEvent('a', 2n), poison, recordedEvent('b', 4n)], 4n),
        );
        expect(failure).toBeInstanceOf(EventHandlerFailed);
        expect(failure).toMatchObject({ event: poison, cause: new Error(`cannot count ${poison.eventId}`) });
        expect(await sink.checkpoint()).toBe(1n);
        expect(await counts()).toEqual([{ stream_id: 'a', events: 1 }]);
      });

      it('a write the database refuses rolls back the batch too, naming the event', async () => {
        const { sink, counts } = countingSink();
        const refused = recordedEvent('refused', 2n);
        const failure = await failureOf(sink.apply([recordedEvent('a', 1n), refused], 2n));
        expect(failure).toBeInstanceOf(EventHandlerFailed);
        expect(failure).toMatchObject({ event: refused, cause: { code: '23514' } });
        expect(await sink.checkpoint()).toBe(0n);
        expect(await counts()).toEqual([]);
      });

      it('skips events at or below the stored checkpoint, so a batch delivered twice counts once', async () => {
        const { sink, counts } = countingSink();
        const batch: readonly RecordedEvent[] = [recordedEvent('a', 1n), recordedEvent('a', 2n)];
        await sink.apply(batch, 2n);
        await sink.apply(batch, 2n);
        await sink.apply([...batch, recordedEvent('a', 3n)], 3n);
        expect(await counts()).toEqual([{ stream_id: 'a', events: 3 }]);
        expect(await sink.checkpoint()).toBe(3n);
      });

      it('moves the checkpoint past a batch with no events to apply, and never back', async () => {
        const { sink } = countingSink();
        await sink.apply([], 7n);
        expect(await sink.checkpoint()).toBe(7n);
        await sink.apply([], 5n);
        expect(await sink.checkpoint()).toBe(7n);
      });

      it('reset empties the read model and sets the checkpoint to 0 together', async () => {
        const { sink, counts } = countingSink();
        await sink.apply([recordedEvent('a', 1n), recordedEvent('b', 2n)], 2n);
        await sink.reset();
        expect(await sink.checkpoint()).toBe(0n);
        expect(await counts()).toEqual([]);
        await sink.apply([recordedEvent('a', 1n)], 1n);
        expect(await counts()).toEqual([{ stream_id: 'a', events: 1 }]);
      });

      it('a reset that fails leaves the read model and the checkpoint as they were', async () => {
        const { executor, schema } = under();
        const { sink, counts, projection } = countingSink();
        await sink.apply([recordedEvent('a', 1n)], 1n);
        // The same projection with a reset that fails after its delete.
        const failing = sqlProjectionSink({
          executor,
          schema,
          name: projection,
          apply: async () => undefined,
          reset: async (tx) => {
            await tx.query(`DELETE FROM ${table}`);
            throw new Error('reset failed');
          },
        });
        await expect(failing.reset()).rejects.toThrow('reset failed');
        expect(await sink.checkpoint()).toBe(1n);
        expect(await counts()).toEqual([{ stream_id: 'a', events: 1 }]);
      });
    });
};
